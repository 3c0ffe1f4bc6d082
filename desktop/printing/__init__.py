"""ReportLab documents (certificates, score sheets, reports). No Qt here."""
