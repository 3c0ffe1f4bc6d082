"""Everything Qt. Widgets stay thin: they gather input, call one service, show the result."""
