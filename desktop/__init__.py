"""Skillbase (匠心实训基地管理系统): the desktop application of a skills-training base."""

__version__ = "0.1.0"
