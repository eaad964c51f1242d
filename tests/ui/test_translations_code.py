"""Every string the code translates is in the translation files, finished, and the files hold nothing else.

test_translations.py compares the .ts files with each other; this compares them with the code. lupdate
misses strings passed through the small `_t`/`_tr` helpers and contexts held in constants, so the code
is read here with `ast` (nothing of app/ is imported or run):

- ``self.tr("text")`` inside a class: the context is that class's name (PySide6 looks the text up
  under the names of the object's classes, so the class that writes the call is the one that counts);
- ``QCoreApplication.translate("Context", "text")``, the context a literal or a string constant;
- wrappers: a function (or method) that passes one of its parameters to translate() or self.tr()
  with a known context, called with literal texts.

A call whose text or context is not written out in the code (an f-string, a variable, ``widget.tr()``)
cannot be looked up by a translator, so it is reported too.
"""

from __future__ import annotations

import ast
import functools
import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from dataclasses import dataclass, field
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
APP = REPO / "app"
TRANSLATIONS = REPO / "resources" / "translations"
LANGUAGES = ("ar", "fr", "es")
# How many plural forms Qt expects per language. English is the source language: its file only
# holds the plural forms ("1 answer", "2 answers") of the strings translated with a count.
PLURAL_FORMS = {"ar": 6, "fr": 2, "es": 2, "en": 2}
# Messages lupdate keeps for strings the code no longer has; lrelease does not ship them.
RETIRED = frozenset({"vanished", "obsolete"})
# Files worth parsing: they name tr or translate (retranslate alone does not count).
TRANSLATING = re.compile(r"\b(?:tr|translate)\b")
TRANSLATE_OWNERS = frozenset({"QCoreApplication", "QGuiApplication", "QApplication"})
# Parameter names of QCoreApplication.translate and QObject.tr, for calls that pass keywords.
TRANSLATE_PARAMS = ("context", "sourceText", "disambiguation", "n")
TR_PARAMS = ("sourceText", "disambiguation", "n")

Key = tuple[str, str, str]  # (context, source text, disambiguation comment or "")


@dataclass
class CodeMessage:
    """One translatable string of the code and where it is used."""

    numerus: bool
    places: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class TsMessage:
    """One message of a .ts file."""

    numerus: bool
    state: str  # "" when finished, else the translation's type: unfinished, vanished, obsolete
    forms: tuple[str, ...]


@dataclass(frozen=True)
class Wrapper:
    """A function that translates one of its parameters under a fixed context."""

    context: str
    comment: str
    text_param: str
    text_position: int  # in the call's arguments (self not counted for methods)
    n_param: str | None
    n_position: int | None


@dataclass
class CodeScan:
    """What the code translates, and the calls whose text cannot be known without running it."""

    messages: dict[Key, CodeMessage] = field(default_factory=dict)
    problems: list[str] = field(default_factory=list)

    def add(self, key: Key, numerus: bool, place: str) -> None:
        message = self.messages.setdefault(key, CodeMessage(numerus))
        if message.numerus != numerus:
            self.problems.append(f"{place}: {describe(key)} is translated both with and without a count")
        message.places.append(place)


def describe(key: Key) -> str:
    context, source, comment = key
    return f"{context}/{source!r}" + (f" ({comment!r})" if comment else "")


# ----------------------------------------------------------------------------------- reading the code


def _is_translate(call: ast.Call) -> bool:
    func = call.func
    return (
        isinstance(func, ast.Attribute)
        and func.attr == "translate"
        and isinstance(func.value, ast.Name)
        and func.value.id in TRANSLATE_OWNERS
    )


def _is_tr(call: ast.Call) -> bool:
    return isinstance(call.func, ast.Attribute) and call.func.attr == "tr"


def _is_self(node: ast.expr) -> bool:
    return isinstance(node, ast.Name) and node.id == "self"


def _argument(call: ast.Call, position: int | None, name: str | None) -> ast.expr | None:
    if position is not None and position < len(call.args):
        return call.args[position]
    return next((k.value for k in call.keywords if name is not None and k.arg == name), None)


def _counts(node: ast.expr | None) -> bool:
    """Whether a translate()/tr() `n` argument asks for plural forms (-1, the default, does not)."""
    if node is None:
        return False
    if isinstance(node, ast.Constant):
        return node.value not in (None, -1)
    if isinstance(node, ast.UnaryOp) and isinstance(node.op, ast.USub) and isinstance(node.operand, ast.Constant):
        return node.operand.value != 1
    return True


def _string_constants(body: list[ast.stmt]) -> dict[str, str]:
    constants: dict[str, str] = {}
    for statement in body:
        if isinstance(statement, ast.Assign):
            targets, value = statement.targets, statement.value
        elif isinstance(statement, ast.AnnAssign) and statement.value is not None:
            targets, value = [statement.target], statement.value
        else:
            continue
        if isinstance(value, ast.Constant) and isinstance(value.value, str):
            for target in targets:
                if isinstance(target, ast.Name):
                    constants[target.id] = value.value
    return constants


def _parameters(function: ast.FunctionDef | ast.AsyncFunctionDef) -> list[str]:
    return [a.arg for a in (*function.args.posonlyargs, *function.args.args)]


class _Module(ast.NodeVisitor):
    """One source file: its string constants, the wrappers it defines and what it imports.

    Built in one pass over the tree; a function is a wrapper when it hands one of its own parameters
    to translate() or self.tr() under a context the code spells out.
    """

    def __init__(self, path: Path, name: str, tree: ast.Module) -> None:
        self.path = path
        self.name = name
        self.tree = tree
        self.constants = _string_constants(tree.body)
        self.class_constants: dict[str, dict[str, str]] = {}
        self.wrappers: dict[str, Wrapper] = {}  # functions, by the name this module calls them
        self.method_wrappers: dict[tuple[str, str], Wrapper] = {}  # (class, method)
        self.wrapper_functions: set[int] = set()  # ids of the defs of both kinds
        self.module_aliases: dict[str, str] = {}  # local name -> module name
        self.imports: list[ast.Import | ast.ImportFrom] = []
        self.problems: list[str] = []
        self._classes: list[str] = []  # the enclosing classes, innermost last
        # The enclosing functions, each with the class it is a method of (None for plain functions).
        self._functions: list[tuple[ast.FunctionDef | ast.AsyncFunctionDef, str | None]] = []
        self._scopes: list[str | ast.FunctionDef | ast.AsyncFunctionDef] = []  # class names and defs
        self.visit(tree)

    def place(self, node: ast.AST) -> str:
        shown = self.path.relative_to(REPO) if self.path.is_relative_to(REPO) else self.path
        return f"{shown}:{getattr(node, 'lineno', 0)}"

    def text(self, node: ast.expr | None, cls: str | None) -> str | None:
        """The string a literal or a string constant (of the class, then the module) stands for."""
        if isinstance(node, ast.Constant) and isinstance(node.value, str):
            return node.value
        if isinstance(node, ast.Name):
            if cls is not None and node.id in self.class_constants.get(cls, {}):
                return self.class_constants[cls][node.id]
            return self.constants.get(node.id)
        return None

    def comment(self, node: ast.expr | None, cls: str | None) -> str | None:
        if node is None or (isinstance(node, ast.Constant) and node.value is None):
            return ""
        return self.text(node, cls)

    def visit_ClassDef(self, node: ast.ClassDef) -> None:
        self.class_constants[node.name] = _string_constants(node.body)
        self._classes.append(node.name)
        self._scopes.append(node.name)
        self.generic_visit(node)
        self._scopes.pop()
        self._classes.pop()

    def visit_FunctionDef(self, node: ast.FunctionDef | ast.AsyncFunctionDef) -> None:
        # A method: defined right in a class body, taking self.
        in_class_body = bool(self._scopes) and isinstance(self._scopes[-1], str)
        method_of = self._scopes[-1] if in_class_body and _parameters(node)[:1] == ["self"] else None
        self._functions.append((node, method_of))  # type: ignore[arg-type]
        self._scopes.append(node)
        self.generic_visit(node)
        self._scopes.pop()
        self._functions.pop()

    visit_AsyncFunctionDef = visit_FunctionDef

    def visit_Import(self, node: ast.Import) -> None:
        self.imports.append(node)

    def visit_ImportFrom(self, node: ast.ImportFrom) -> None:
        self.imports.append(node)

    def visit_Call(self, node: ast.Call) -> None:
        if self._functions and (_is_translate(node) or (_is_tr(node) and _is_self(node.func.value))):
            self._maybe_wrapper(node)
        self.generic_visit(node)

    def _maybe_wrapper(self, call: ast.Call) -> None:
        function, method_of = self._functions[-1]
        parameters = _parameters(function)
        cls = self._classes[-1] if self._classes else None
        if _is_translate(call):
            offset, context = 1, self.text(_argument(call, 0, "context"), cls)
        else:
            offset, context = 0, cls
        text = _argument(call, offset, "sourceText")
        if not (isinstance(text, ast.Name) and text.id in parameters):
            return
        if context is None:
            self.problems.append(f"{self.place(call)}: {function.name}() translates under an unknown context")
            return
        skipped = 1 if method_of is not None else 0
        count = _argument(call, offset + 2, "n")
        n_param = count.id if isinstance(count, ast.Name) and count.id in parameters else None
        wrapper = Wrapper(
            context=context,
            comment=self.comment(_argument(call, offset + 1, "disambiguation"), cls) or "",
            text_param=text.id,
            text_position=parameters.index(text.id) - skipped,
            n_param=n_param,
            n_position=None if n_param is None else parameters.index(n_param) - skipped,
        )
        if method_of is not None:
            self.method_wrappers[(method_of, function.name)] = wrapper
        elif len(self._scopes) == 1:  # a module-level function: others may import it
            self.wrappers[function.name] = wrapper
        else:
            return  # a def inside a def: its calls are not followed, so its own call is reported
        self.wrapper_functions.add(id(function))


class _CallFinder(ast.NodeVisitor):
    """Collects every translated string of one module into a CodeScan."""

    def __init__(self, module: _Module, scan: CodeScan, modules: dict[str, _Module]) -> None:
        self.module = module
        self.scan = scan
        self.modules = modules
        self.classes: list[str] = []
        self.functions: list[ast.FunctionDef | ast.AsyncFunctionDef] = []
        self.called: set[int] = set()  # ids of the nodes that are the function of a call

    def problem(self, node: ast.AST, what: str) -> None:
        self.scan.problems.append(f"{self.module.place(node)}: {what}: {ast.unparse(node)[:140]}")

    def visit_ClassDef(self, node: ast.ClassDef) -> None:
        self.classes.append(node.name)
        self.generic_visit(node)
        self.classes.pop()

    def visit_FunctionDef(self, node: ast.FunctionDef | ast.AsyncFunctionDef) -> None:
        self.functions.append(node)
        self.generic_visit(node)
        self.functions.pop()

    visit_AsyncFunctionDef = visit_FunctionDef

    def visit_Name(self, node: ast.Name) -> None:
        if node.id in self.module.wrappers and id(node) not in self.called and isinstance(node.ctx, ast.Load):
            self.problem(node, f"{node.id}() is passed around, so the texts it gets are not in the code")

    def visit_Attribute(self, node: ast.Attribute) -> None:
        owner = node.value
        translating = (node.attr == "translate" and isinstance(owner, ast.Name) and owner.id in TRANSLATE_OWNERS) or (
            node.attr == "tr" and _is_self(owner)
        )
        if translating and id(node) not in self.called:
            self.problem(node, f"{node.attr}() is passed around, so the texts it gets are not in the code")
        self.generic_visit(node)

    def visit_Call(self, node: ast.Call) -> None:
        cls = self.classes[-1] if self.classes else None
        func = node.func
        self.called.add(id(func))
        if _is_translate(node):
            self.translate(node, cls)
        elif _is_tr(node):
            self.tr(node, cls)
        elif isinstance(func, ast.Name) and func.id in self.module.wrappers:
            self.wrapped(node, self.module.wrappers[func.id], cls)
        elif isinstance(func, ast.Attribute):
            owner = func.value
            if _is_self(owner) and cls is not None and (cls, func.attr) in self.module.method_wrappers:
                self.wrapped(node, self.module.method_wrappers[(cls, func.attr)], cls)
            elif isinstance(owner, ast.Name) and owner.id in self.module.module_aliases:
                other = self.modules.get(self.module.module_aliases[owner.id])
                if other is not None and func.attr in other.wrappers:
                    self.wrapped(node, other.wrappers[func.attr], cls)
        self.generic_visit(node)

    def own_parameter(self, node: ast.expr | None) -> bool:
        """Whether ``node`` is the text parameter of the enclosing wrapper: the wrapper's own call."""
        return (
            bool(self.functions)
            and id(self.functions[-1]) in self.module.wrapper_functions
            and isinstance(node, ast.Name)
            and node.id in _parameters(self.functions[-1])
        )

    def translate(self, call: ast.Call, cls: str | None) -> None:
        source = _argument(call, 1, "sourceText")
        if self.own_parameter(source):
            return  # a wrapper's own call: its callers' texts are collected instead
        context = self.module.text(_argument(call, 0, "context"), cls)
        text = self.module.text(source, cls)
        comment = self.module.comment(_argument(call, 2, "disambiguation"), cls)
        if context is None or text is None or comment is None:
            self.problem(call, "translate() with a context or text not written in the code")
            return
        numerus = _counts(_argument(call, 3, "n"))
        self.scan.add((context, text, comment), numerus, self.module.place(call))

    def tr(self, call: ast.Call, cls: str | None) -> None:
        owner = call.func.value  # type: ignore[attr-defined]
        source = _argument(call, 0, "sourceText")
        if _is_self(owner) and self.own_parameter(source):
            return
        if not _is_self(owner) or cls is None:
            self.problem(call, "tr() on something other than self: its context is unknown")
            return
        text = self.module.text(source, cls)
        comment = self.module.comment(_argument(call, 1, "disambiguation"), cls)
        if text is None or comment is None:
            self.problem(call, "tr() with a text not written in the code")
            return
        numerus = _counts(_argument(call, 2, "n"))
        self.scan.add((cls, text, comment), numerus, self.module.place(call))

    def wrapped(self, call: ast.Call, wrapper: Wrapper, cls: str | None) -> None:
        text = self.module.text(_argument(call, wrapper.text_position, wrapper.text_param), cls)
        if text is None:
            self.problem(call, "a translating helper called with a text not written in the code")
            return
        numerus = wrapper.n_param is not None and _counts(_argument(call, wrapper.n_position, wrapper.n_param))
        self.scan.add((wrapper.context, text, wrapper.comment), numerus, self.module.place(call))


def _module_name(path: Path, root: Path) -> str:
    parts = path.relative_to(root.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _imported_module(module: _Module, node: ast.ImportFrom) -> str:
    if not node.level:
        return node.module or ""
    package = module.name.split(".")
    if module.path.name != "__init__.py":
        package = package[:-1]
    package = package[: len(package) - (node.level - 1)]
    return ".".join([*package, node.module] if node.module else package)


def _link_imports(modules: dict[str, _Module]) -> None:
    """Give each module the wrappers (and modules holding wrappers) it imports, following re-exports."""
    changed = True
    while changed:
        changed = False
        for module in modules.values():
            for node in module.imports:
                if isinstance(node, ast.Import):
                    for alias in node.names:
                        if alias.asname and alias.name in modules:
                            module.module_aliases[alias.asname] = alias.name
                    continue
                source = _imported_module(module, node)
                other = modules.get(source)
                for alias in node.names:
                    local = alias.asname or alias.name
                    if f"{source}.{alias.name}" in modules:
                        module.module_aliases[local] = f"{source}.{alias.name}"
                    elif other is not None and alias.name in other.wrappers:
                        if module.wrappers.get(local) != other.wrappers[alias.name]:
                            module.wrappers[local] = other.wrappers[alias.name]
                            changed = True


def _mentions(names: set[str]) -> re.Pattern[str]:
    return re.compile(r"\b(?:" + "|".join(sorted(map(re.escape, names))) + r")\b")


def scan_code(root: Path) -> CodeScan:
    """Every translated string of the Python files under ``root`` (a package folder).

    Parsing is what takes the time, so only files that name tr or translate are parsed, then the
    files that mention a wrapper's name (until no new wrapper name turns up).
    """
    sources = {path: path.read_text(encoding="utf-8") for path in sorted(root.rglob("*.py"))}
    modules: dict[str, _Module] = {}
    wanted = TRANSLATING
    names: set[str] = set()
    while True:
        for path, source in sources.items():
            name = _module_name(path, root)
            if name not in modules and wanted.search(source):
                modules[name] = _Module(path, name, ast.parse(source, str(path)))
        _link_imports(modules)
        found = {local for module in modules.values() for local in module.wrappers}
        if found <= names:
            break
        names |= found
        wanted = _mentions(names)
    scan = CodeScan()
    for module in modules.values():
        scan.problems.extend(module.problems)
        _CallFinder(module, scan, modules).visit(module.tree)
    return scan


@functools.cache
def app_scan() -> CodeScan:
    return scan_code(APP)


# ------------------------------------------------------------------------------ reading the .ts files


def read_ts(path: Path) -> dict[Key, TsMessage]:
    """The messages of a .ts file by (context, source, disambiguation)."""
    messages: dict[Key, TsMessage] = {}
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for element in context.iter("message"):
            translation = element.find("translation")
            numerus = element.get("numerus") == "yes"
            if translation is None:
                state, forms = "unfinished", ()
            elif numerus:
                state = translation.get("type") or ""
                forms = tuple(form.text or "" for form in translation.findall("numerusform"))
            else:
                state, forms = translation.get("type") or "", (translation.text or "",)
            key = (name, element.findtext("source") or "", element.findtext("comment") or "")
            messages[key] = TsMessage(numerus, state, forms)
    return messages


def untranslated(code: dict[Key, CodeMessage], ts: dict[Key, TsMessage], plural_forms: int) -> list[str]:
    """The code's strings a translator would not find finished in ``ts``, each with the reason."""
    problems = []
    for key, message in sorted(code.items()):
        where = f"{describe(key)} (used at {message.places[0]})"
        found = ts.get(key)
        if found is None:
            problems.append(f"missing: {where}")
        elif found.state in RETIRED:
            problems.append(f"marked {found.state} but still used: {where}")
        elif found.state:
            problems.append(f"marked {found.state}: {where}")
        elif found.numerus != message.numerus:
            wanted = "with" if message.numerus else "without"
            problems.append(f"the code translates it {wanted} a count, the file does not: {where}")
        elif message.numerus and len(found.forms) != plural_forms:
            problems.append(f"{len(found.forms)} plural forms instead of {plural_forms}: {where}")
        elif not all(form.strip() for form in found.forms):
            problems.append(f"empty translation: {where}")
    return problems


def outlived(code: dict[Key, CodeMessage], ts: dict[Key, TsMessage]) -> list[str]:
    """Messages of ``ts`` that no code uses any more and that are not marked vanished or obsolete."""
    return [
        f"no code uses {describe(key)}: remove it or mark it vanished"
        for key, message in sorted(ts.items())
        if key not in code and message.state not in RETIRED
    ]


def _report(problems: list[str]) -> str:
    return f"{len(problems)} problem(s):\n" + "\n".join(problems)


# ---------------------------------------------------------------------------------- tests on the app


def test_every_translated_text_is_written_out_in_the_code():
    problems = app_scan().problems
    assert not problems, _report(problems)


def test_the_scan_finds_the_apps_strings():
    messages = app_scan().messages
    assert len(messages) >= 500, f"only {len(messages)} translated strings found in app/"
    # One of each kind: self.tr, translate() with a constant context, and both wrapper kinds.
    assert ("PickerPage", "Who is learning today?", "") in messages
    assert ("PackCard", "Installed", "") in messages
    assert ("AdultMessages", "Please type a name.", "") in messages
    assert messages[("ReportFormat", "%n learner(s)", "")].numerus


def test_the_scan_finds_everything_lupdate_finds(tmp_path):
    """Qt's own extractor is a second opinion: it misses the wrappers, but what it finds the scan must too."""
    lupdate = Path(sys.executable).with_name("pyside6-lupdate")
    found = tmp_path / "lupdate.ts"
    sources = [str(path) for path in sorted(APP.rglob("*.py"))]
    subprocess.run([str(lupdate), *sources, "-silent", "-no-obsolete", "-ts", str(found)], check=True, cwd=REPO)
    code = app_scan().messages
    lupdate_messages = read_ts(found)
    assert len(lupdate_messages) >= 300, f"lupdate found only {len(lupdate_messages)} strings"
    problems = [
        f"{describe(key)}: lupdate finds it {'with' if message.numerus else 'without'} a count, the scan "
        + ("does not find it" if key not in code else "disagrees")
        for key, message in sorted(lupdate_messages.items())
        if key not in code or code[key].numerus != message.numerus
    ]
    assert not problems, _report(problems)


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_string_of_the_code_is_translated(language):
    ts = read_ts(TRANSLATIONS / f"sabil_{language}.ts")
    problems = untranslated(app_scan().messages, ts, PLURAL_FORMS[language])
    assert not problems, f"sabil_{language}.ts: " + _report(problems)


def test_english_has_the_plural_forms_of_every_counted_string():
    counted = {key: message for key, message in app_scan().messages.items() if message.numerus}
    ts = read_ts(TRANSLATIONS / "sabil_en.ts")
    problems = untranslated(counted, ts, PLURAL_FORMS["en"])
    assert not problems, "sabil_en.ts: " + _report(problems)


@pytest.mark.parametrize("language", (*LANGUAGES, "en"))
def test_no_translation_outlives_its_string(language):
    code = app_scan().messages
    if language == "en":
        code = {key: message for key, message in code.items() if message.numerus}
    problems = outlived(code, read_ts(TRANSLATIONS / f"sabil_{language}.ts"))
    assert not problems, f"sabil_{language}.ts: " + _report(problems)


# ------------------------------------------------------------------------------ tests of the scanner


def _write(root: Path, files: dict[str, str]) -> Path:
    package = root / "app"
    for name, text in files.items():
        path = package / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    return package


SAMPLE = {
    "__init__.py": "",
    "words.py": (
        "from PySide6.QtCore import QCoreApplication\n"
        "_CTX = 'Words'\n"
        "def _t(text, n=-1):\n"
        "    return QCoreApplication.translate(_CTX, text, None, n)\n"
        "GREETING = _t('Hello')\n"
    ),
    "ui/__init__.py": "",
    "ui/page.py": (
        "from PySide6.QtCore import QCoreApplication\n"
        "from PySide6.QtWidgets import QWidget\n"
        "from app.words import _t\n"
        "from .. import words as w\n"
        "class Page(QWidget):\n"
        "    TITLE = 'Page title'\n"
        "    def retranslate(self, count):\n"
        "        self.setWindowTitle(self.tr(self.TITLE if count else 'x'))\n"
        "        self.label = self.tr('Start')\n"
        "        self.count = self.tr('%n apple(s)', None, count)\n"
        "        self.open = self.tr('Open', 'a door')\n"
        "        self.later = self._say('Later', count)\n"
        "        self.bye = _t('Goodbye') + w._t('%n pear(s)', count)\n"
        "        self.note = QCoreApplication.translate('Notes', 'Saved' ' here', n=-1)\n"
        "        inner = lambda: self.tr('Inside')\n"
        "        class Row(QWidget):\n"
        "            def text(self):\n"
        "                return self.tr('Row')\n"
        "    def _say(self, text, n):\n"
        "        return self.tr(text, None, n)\n"
    ),
}


def test_the_scanner_knows_each_way_of_translating(tmp_path):
    scan = scan_code(_write(tmp_path, SAMPLE))
    found = {key: message.numerus for key, message in scan.messages.items()}
    assert found == {
        ("Words", "Hello", ""): False,
        ("Page", "Start", ""): False,
        ("Page", "%n apple(s)", ""): True,
        ("Page", "Open", "a door"): False,
        ("Page", "Later", ""): True,
        ("Words", "Goodbye", ""): False,
        ("Words", "%n pear(s)", ""): True,
        ("Notes", "Saved here", ""): False,
        ("Page", "Inside", ""): False,
        ("Row", "Row", ""): False,
    }
    # self.tr(TITLE if count else 'x') is neither a literal nor a constant.
    assert len(scan.problems) == 1 and "page.py:8" in scan.problems[0], scan.problems
    assert [place.rsplit("/", 1)[-1] for place in scan.messages[("Page", "Start", "")].places] == ["page.py:9"]


@pytest.mark.parametrize(
    "line",
    [
        "self.tr(f'Hello {name}')",
        "self.tr(name)",
        "other.tr('Hello')",
        "QCoreApplication.translate(name, 'Hello')",
        "QCoreApplication.translate('Page', 'Hello ' + name)",
        "_t(name)",
        "list(map(_t, [name]))",
        "list(map(self.tr, [name]))",
        "[QCoreApplication.translate][0]('Other', 'Hello')",
    ],
)
def test_the_scanner_reports_texts_it_cannot_read(tmp_path, line):
    files = dict(SAMPLE)
    files["ui/other.py"] = (
        "from PySide6.QtCore import QCoreApplication\n"
        "from PySide6.QtWidgets import QWidget\n"
        "from app.words import _t\n"
        "class Other(QWidget):\n"
        "    def show_name(self, other):\n"
        "        name = other.name\n"
        f"        return {line}\n"
    )
    scan = scan_code(_write(tmp_path, files))
    reported = [problem for problem in scan.problems if "other.py:7" in problem]
    assert reported, f"{line} was not reported: {scan.problems}"


def test_a_missing_unfinished_or_stale_message_is_reported(tmp_path):
    scan = scan_code(_write(tmp_path, SAMPLE))
    ts = tmp_path / "sabil_fr.ts"
    ts.write_text(
        "<TS version='2.1' language='fr'>"
        "<context><name>Words</name>"
        "<message><source>Hello</source><translation>Bonjour</translation></message>"
        "<message><source>Goodbye</source><translation type='unfinished'>Au revoir</translation></message>"
        "<message numerus='yes'><source>%n pear(s)</source>"
        "<translation><numerusform>%n poire</numerusform></translation></message>"
        "<message><source>Old</source><translation>Ancien</translation></message>"
        "<message><source>Older</source><translation type='vanished'>Plus ancien</translation></message>"
        "</context>"
        "<context><name>Page</name>"
        "<message><source>Start</source><translation></translation></message>"
        "<message><source>Open</source><translation>Ouvrir</translation></message>"
        "</context></TS>",
        encoding="utf-8",
    )
    messages = read_ts(ts)
    problems = untranslated(scan.messages, messages, 2)
    joined = "\n".join(problems)
    assert not any("'Hello'" in p for p in problems)
    assert "marked unfinished: Words/'Goodbye'" in joined
    assert "1 plural forms instead of 2: Words/'%n pear(s)'" in joined
    assert "empty translation: Page/'Start'" in joined
    # "Open" is in the file without the comment the code gives it, so it is another message.
    assert "missing: Page/'Open' ('a door')" in joined
    assert "missing: Notes/'Saved here'" in joined
    assert len(problems) == len(scan.messages) - 1
    assert outlived(scan.messages, messages) == [
        "no code uses Page/'Open': remove it or mark it vanished",
        "no code uses Words/'Old': remove it or mark it vanished",
    ]

