"""One module per area. Each public function is one user action in one transaction."""
