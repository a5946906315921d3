"""dumawatch: reads Russian municipal news for the people who study and watch local government."""

__version__ = "0.1.0"
