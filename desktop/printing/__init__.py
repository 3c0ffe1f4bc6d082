"""ReportLab documents (certificates, score sheets, reports). No Qt here.

Certificates:

- templates      the template schema (JSON-compatible dicts), the shipped templates in
                 resources/templates, validate_template, SAMPLE_VALUES for previews
- certificate_pdf  render_certificates (one PDF, one page per certificate, fields-only mode
                 for pre-printed stock, printer offset, cancellable progress),
                 render_calibration_page, RenderCancelled
- calibration    the calibration page for measuring a printer's offset
- fonts, text_layout, qr, ornaments   the bundled CJK fonts, Chinese text setting, vector
                 QR codes, frames/seals/rosettes
"""
