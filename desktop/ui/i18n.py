"""Language: English sources in tr(), a Simplified Chinese translation, system default."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QSettings, QTranslator

from desktop.assets import translation_file
from desktop.domain.messages import CONTEXT, Message

LANGUAGE_KEY = "ui/language"
SYSTEM = "system"
LANGUAGES = ("zh_CN", "en")
_installed: list[QTranslator] = []


def choose_language(override: str | None, settings: QSettings | None = None) -> str:
    """--lang wins, then the saved preference, then the system's language."""
    if override in LANGUAGES:
        return override
    saved = settings.value(LANGUAGE_KEY, SYSTEM) if settings is not None else SYSTEM
    if saved in LANGUAGES:
        return saved
    return "zh_CN" if QLocale.system().name().startswith("zh") else "en"


def install_translators(language: str) -> None:
    """Load Skillbase's and Qt's own translations (Qt's give the standard buttons in Chinese)."""
    app = QCoreApplication.instance()
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    if language == "en":
        QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
        return
    QLocale.setDefault(QLocale(language))
    ours = QTranslator(app)
    if not ours.load(str(translation_file(language))):
        raise FileNotFoundError(translation_file(language))
    qt_own = QTranslator(app)
    if qt_own.load(f"qtbase_{language}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        _installed.append(qt_own)
    _installed.append(ours)
    for translator in _installed:
        app.installTranslator(translator)


def translate_message(msg: Message) -> str:
    """The template in the user's language, filled in; a message inside a message is
    translated too (a row's problem inside 'Row {row}: {problem}')."""
    params = {key: translate_message(value) if isinstance(value, Message) else value
              for key, value in msg.params.items()}
    return QCoreApplication.translate(CONTEXT, msg.template).format(**params)


def message_translator(language: str):
    """For the command line: translate service messages without opening a window."""
    if QCoreApplication.instance() is None:
        QCoreApplication([])
    install_translators(language)
    return translate_message
