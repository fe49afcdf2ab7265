"""The project's shape (README, Layout): one app per content area, dependencies one way.

The import graph is read from the source with `ast`, every import counted, those inside
functions too: no module may import, directly or through others, a module that imports
it back, and the site's base (`home`, its templates) names no feature app.
"""

import ast
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGES = ["config", "home", "trial", "news", "partners", "alerts", "questions", "translations",
            "operations"]
# operations (health checks, the 503 of a database outage, backups, lockout) is site-wide but
# built on home, like the apps: home must not name it.
FEATURE_APPS = ["trial", "news", "partners", "alerts", "questions", "translations", "operations"]
# Demo texts still kept in home/ until they become each app's data files (issue 12, item 5).
NOT_YET_MOVED = set()


def module_name(path):
    parts = list(path.relative_to(ROOT).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def project_modules():
    """{module name: (path, is_package)} of every Python module of the project's packages."""
    modules = {}
    for package in PACKAGES:
        for path in (ROOT / package).rglob("*.py"):
            modules[module_name(path)] = (path, path.name == "__init__.py")
    return modules


def imported_modules(name, path, is_package, modules):
    """The project modules that module `name` imports, anywhere in its body."""
    def deepest(dotted):
        parts = dotted.split(".")
        for end in range(len(parts), 0, -1):
            if ".".join(parts[:end]) in modules:
                return ".".join(parts[:end])
        return None

    package = name.split(".") if is_package else name.split(".")[:-1]
    found = set()
    for node in ast.walk(ast.parse(path.read_text(), str(path))):
        if isinstance(node, ast.Import):
            found.update(deepest(alias.name) for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            base = package[: len(package) - node.level + 1] if node.level else []
            source = ".".join([*base, *([node.module] if node.module else [])])
            for alias in node.names:  # `from package import module` imports the module
                found.add(deepest(f"{source}.{alias.name}") or deepest(source))
    found.discard(None)
    found.discard(name)
    return found


def import_graph():
    modules = project_modules()
    return {name: imported_modules(name, path, is_package, modules)
            for name, (path, is_package) in modules.items()}


def import_circles(graph):
    """Each group of modules that reach one another (Tarjan's strongly connected components)."""
    index, low, stack, on_stack, circles = {}, {}, [], set(), []

    def visit(node):
        index[node] = low[node] = len(index)
        stack.append(node)
        on_stack.add(node)
        for target in graph.get(node, ()):
            if target not in index:
                visit(target)
                low[node] = min(low[node], low[target])
            elif target in on_stack:
                low[node] = min(low[node], index[target])
        if low[node] == index[node]:
            component = set()
            while True:
                member = stack.pop()
                on_stack.discard(member)
                component.add(member)
                if member == node:
                    break
            if len(component) > 1:
                circles.append(sorted(component))

    for node in sorted(graph):
        if node not in index:
            visit(node)
    return circles


def test_the_graph_sees_imports_inside_functions():
    graph = import_graph()
    assert "home.translated_page" in graph["home.apps"]  # imported inside ready()
    assert "trial.models" in graph["trial.translation"]


def test_no_module_imports_a_module_that_imports_it_back():
    circles = import_circles(import_graph())
    assert not circles, "import circles: " + "; ".join(" ↔ ".join(c) for c in circles)


def test_the_site_base_imports_no_feature_app():
    graph = import_graph()
    wrong = sorted(
        f"{source} imports {target}"
        for source, targets in graph.items()
        if source.split(".")[0] == "home" and source not in NOT_YET_MOVED
        for target in targets
        if target.split(".")[0] in FEATURE_APPS
    )
    assert not wrong, "\n".join(wrong)


def feature_tag_libraries():
    return {path.stem for app in FEATURE_APPS for path in (ROOT / app / "templatetags").glob("*.py")
            if path.stem != "__init__"}


def site_base_templates():
    templates = ROOT / "templates"
    own = [templates / name for name in ("base.html", "404.html", "500.html", "sitemap.xml")]
    return own + sorted((templates / "components").rglob("*.html")) + sorted(
        (templates / "home").rglob("*.html"))


def test_the_site_base_templates_name_no_feature_app():
    libraries = feature_tag_libraries()
    assert {"trial_tags", "news_tags", "partner_tags"} <= libraries
    features = "|".join(FEATURE_APPS)
    wrong = []
    for path in site_base_templates():
        text = path.read_text()
        for load in re.findall(r"{%\s*load\s+([^%]+?)\s*%}", text):
            wrong += [f"{path.name} loads {lib}" for lib in load.split() if lib in libraries]
        wrong += [f"{path.name} uses {used}" for used in re.findall(
            rf"{{%\s*(?:include|extends)\s+[\"']((?:{features})/[^\"']+)", text)]
    assert not wrong, "\n".join(wrong)
