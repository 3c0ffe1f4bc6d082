"""The trainee registry page: list, dialog, Excel import."""
