"""Every notebook runs in JupyterLab in a real browser, shows its tables and figures, and its widgets respond.

nbval checks the kernel's outputs; this checks what a reader sees: each
notebook opened at its ``/lab/tree/...`` address in headless Chromium, run
with the menus, rendered by JupyterLab.  One server and one browser serve
the whole module; each notebook gets a fresh page and kernel.  Notebooks are
never saved from the browser (autosave is off), so the committed files stay
byte for byte as they were.  Running them does rewrite their CSVs and figures
in place, as ``make run`` would, with the same bytes.
"""

from __future__ import annotations

import json
import os
import re
from pathlib import Path

import pytest
from playwright.sync_api import TimeoutError as PlaywrightTimeoutError
from playwright.sync_api import expect, sync_playwright

from browser_support import CHROMIUM, CHROMIUM_ARGS, start_lab, stop_lab
from koreanews.pipeline import WIDGET_VIEW, collection

pytestmark = pytest.mark.browser

ROOT = Path(__file__).resolve().parents[1]
NOTEBOOKS = [path.name for path in collection(ROOT)]
SCREENSHOTS = ROOT / "screenshots"
#: The notebook whose quotation picker is moved; it displays ``quotation_explorer(...)``.
WIDGET_NOTEBOOK = "05_sentiment.ipynb"

PAGE_TIMEOUT_MS = 60_000  # page load and kernel start
RUN_TIMEOUT_MS = 120_000  # Run All Cells, per notebook
MARKER_TIMEOUT_MS = 20_000  # figures loading and widgets rendering after the run
STDERR = "application/vnd.jupyter.stderr"


def require_chromium():
    """Skip without Chromium locally; in CI (``KOREANEWS_REQUIRE_BROWSER=1``) that is a failure."""
    if CHROMIUM.is_file():
        return
    reason = f"{CHROMIUM} is missing (apt-get install chromium)"
    if os.environ.get("KOREANEWS_REQUIRE_BROWSER") == "1":
        pytest.fail(f"browser test required but cannot run: {reason}", pytrace=False)
    pytest.skip(f"browser test cannot run: {reason}")


@pytest.fixture(scope="module")
def committed() -> dict[str, bytes]:
    """The notebooks' bytes before any browser touched them."""
    return {path.name: path.read_bytes() for path in collection(ROOT)}


@pytest.fixture(scope="module")
def lab(tmp_path_factory, committed):
    """One JupyterLab for the module; stopped by the last test, or here if that test did not run."""
    require_chromium()
    server = start_lab(ROOT, tmp_path_factory.mktemp("jupyterlab"))
    yield server
    if server.process.poll() is None:
        stop_lab(server)


@pytest.fixture(scope="module")
def browser(lab, tmp_path_factory):
    """Headless Chromium with a fresh profile, recording requests the tests must not see.

    Those are requests not addressed to the server (the machine is offline
    but for the package registries) and file saves, renames or deletions
    sent to it.
    """
    playwright = sync_playwright().start()
    context = playwright.chromium.launch_persistent_context(
        str(tmp_path_factory.mktemp("chromium-profile")), executable_path=str(CHROMIUM), args=CHROMIUM_ARGS,
        headless=True, viewport={"width": 1280, "height": 900}, service_workers="block",
    )
    context.external_requests, context.content_writes = [], []

    def record(request):
        if not request.url.startswith((lab.url, "data:", "blob:")):
            context.external_requests.append(request.url)
        elif request.method in ("PUT", "PATCH", "DELETE") and "/api/contents/" in request.url:
            context.content_writes.append(f"{request.method} {request.url.removeprefix(lab.url)}")

    # Listening, not routing: routing would turn Chromium's cache off and make every page load slower.
    context.on("request", record)
    yield context
    context.close()
    playwright.stop()


@pytest.fixture(autouse=True)
def fresh_request_records(request):
    """Each test answers for the requests made while it ran, not for an earlier test's."""
    if "browser" in request.fixturenames:
        context = request.getfixturevalue("browser")
        context.external_requests.clear()
        context.content_writes.clear()


@pytest.fixture(scope="module")
def kept_pages(lab):
    """Pages left open after their notebook ran, so the widget test need not run that notebook again."""
    pages: dict = {}
    yield pages
    for name, page in pages.items():  # only when the widget test did not run
        page.close()
        if lab.process.poll() is None:
            lab.shut_down_kernel_of(f"notebooks/{name}")


# --------------------------------------------------------------------------- driving JupyterLab


def open_notebook(context, lab, name: str):
    """Open ``notebooks/name`` in a new page and wait until its kernel is connected and idle."""
    page = context.new_page()
    page.set_default_timeout(PAGE_TIMEOUT_MS)
    page.goto(lab.lab_url(f"notebooks/{name}"))
    state = page.wait_for_function(
        """() => {
            const dialog = document.querySelector('.jp-Dialog');
            if (dialog) return 'dialog: ' + dialog.innerText.replace(/\\s+/g, ' ').trim();
            const kernel = [...document.querySelectorAll('.jp-StatusBar-TextItem')]
                .some(item => /\\|\\s*Idle$/.test(item.textContent.trim()));
            const indicator = document.querySelector('.jp-Notebook-ExecutionIndicator[data-status="idle"]');
            return kernel && indicator ? 'idle' : false;
        }""",
        polling=100,
    ).json_value()
    if state != "idle":
        page.close()
        pytest.fail(f"{name}: JupyterLab showed a dialog instead of starting the notebook's kernel ({state})")
    lab.remember_processes()
    return page


def menu(page, top: str, item: str) -> None:
    """Choose ``top`` → ``item`` from JupyterLab's menu bar, as a reader would."""
    page.get_by_role("menuitem", name=top, exact=True).click()
    page.get_by_role("menuitem", name=item, exact=True).click()


def prompts(page) -> list[str]:
    """The execution prompt of every code cell, e.g. ``[3]:``, ``[*]:`` or ``[ ]:``."""
    return page.locator(".jp-CodeCell .jp-InputPrompt").all_inner_texts()


def run_all_cells(page, name: str) -> None:
    """Clear the stored outputs, then Run → Run All Cells and wait until every cell ran and the kernel is idle.

    Clearing first matters: the committed notebook already shows ``[1]…[n]``,
    so without it a finished run could not be told from one not started.
    """
    menu(page, "Edit", "Clear Outputs of All Cells")
    cleared = prompts(page)
    assert cleared and all(prompt.strip() == "[ ]:" for prompt in cleared), f"{name}: outputs not cleared: {cleared}"
    menu(page, "Run", "Run All Cells")
    # Done when every cell has a number, or when a cell failed (the kernel then skips the rest).
    page.wait_for_function(
        """(stderr) => {
            const cells = [...document.querySelectorAll('.jp-CodeCell .jp-InputPrompt')];
            const idle = [...document.querySelectorAll('.jp-StatusBar-TextItem')]
                .some(item => /\\|\\s*Idle$/.test(item.textContent.trim()));
            const failed = [...document.querySelectorAll(`.jp-OutputArea-output[data-mime-type="${stderr}"]`)]
                .some(output => output.textContent.includes('Traceback'));
            const numbered = cells.every(cell => /^\\[\\d+\\]:$/.test(cell.textContent.trim()));
            return idle && (numbered || failed);
        }""",
        arg=STDERR, polling=200, timeout=RUN_TIMEOUT_MS,
    )


def error_outputs(page) -> list[str]:
    """Outputs a reader would see as failures: tracebacks, errors on stderr, widgets that did not render."""
    texts = page.locator(".jp-OutputArea-output").all_inner_texts()
    stderr = page.locator(f'.jp-OutputArea-output[data-mime-type="{STDERR}"]').all_inner_texts()
    failures = [text for text in texts if "Traceback" in text or "Error displaying widget" in text]
    failures += [text for text in stderr if "Error" in text and text not in failures]
    return [text[:600] for text in failures]


def expected_markers(notebook: bytes) -> dict[str, int]:
    """From the committed outputs: how many show a table, a figure and a widget."""
    outputs = [output.get("data", {}) for cell in json.loads(notebook)["cells"] for output in cell.get("outputs", [])]
    html = ["".join(data.get("text/html", "")) for data in outputs]
    return {
        "table": sum("<table" in text for text in html),
        "figure": sum("image/png" in data for data in outputs),
        "widget": sum(WIDGET_VIEW in data for data in outputs),
    }


def shown_markers(page, expected: dict[str, int]) -> dict[str, int]:
    """How many outputs in the page show a table, a loaded figure and a rendered widget.

    Images load and widgets render after the kernel goes idle, so this waits
    (bounded) for the expected counts before it counts.
    """
    count = """() => {
        const outputs = [...document.querySelectorAll('.jp-OutputArea-output')];
        return {
            table: outputs.filter(o => o.matches('.jp-RenderedHTMLCommon') && o.querySelector('table')).length,
            figure: [...document.querySelectorAll('.jp-RenderedImage img')]
                .filter(img => img.complete && img.naturalWidth > 0).length,
            widget: outputs.filter(o => o.querySelector(':scope > .jupyter-widgets')).length,
        };
    }"""
    try:
        page.wait_for_function(
            f"(expected) => {{ const shown = ({count})();"
            " return Object.entries(expected).every(([marker, n]) => shown[marker] >= n); }",
            arg=expected, polling=100, timeout=MARKER_TIMEOUT_MS,
        )
    except PlaywrightTimeoutError:
        pass  # the assertion below names what is missing
    return page.evaluate(count)


def screenshot_whole_notebook(page, path: Path) -> None:
    """Grow the window to the notebook's height (Chromium caps images at 16 384 px), then take the page."""
    scroller = page.locator(".jp-NotebookPanel .jp-WindowedPanel-outer").first
    hidden = scroller.evaluate("element => element.scrollHeight - element.clientHeight")
    size = page.viewport_size
    page.set_viewport_size({"width": size["width"], "height": min(size["height"] + hidden + 20, 16_000)})
    # Run All leaves the last cell in view: back to the top, then let the resized layout paint.
    scroller.evaluate("""element => new Promise(done => requestAnimationFrame(() => {
        element.scrollTop = 0;
        requestAnimationFrame(() => requestAnimationFrame(done));
    }))""")
    path.parent.mkdir(exist_ok=True)
    page.screenshot(path=str(path), full_page=True)
    page.set_viewport_size(size)


def assert_untouched(browser, name: str, committed: dict[str, bytes]) -> None:
    """Nothing was saved from the browser, the notebook's bytes are as committed, nothing left the machine."""
    assert not browser.content_writes, f"the browser wrote files through JupyterLab: {browser.content_writes}"
    assert (ROOT / "notebooks" / name).read_bytes() == committed[name], f"notebooks/{name} changed on disk"
    assert not browser.external_requests, f"requests left the machine: {browser.external_requests}"


def close_notebook(page, lab, name: str) -> None:
    """Close the page without saving and shut the notebook's kernel down, so kernels do not pile up."""
    page.close()
    lab.shut_down_kernel_of(f"notebooks/{name}")


# --------------------------------------------------------------------------- tests


@pytest.mark.parametrize("name", NOTEBOOKS)
def test_notebook_runs_in_jupyterlab_without_errors_and_shows_its_tables_and_figures(
    name, lab, browser, committed, kept_pages
):
    """Readers run notebooks in JupyterLab: what the committed outputs show, the browser must show too."""
    page = open_notebook(browser, lab, name)
    errors = ["the run did not finish"]
    try:
        run_all_cells(page, name)
        counts = [int(re.sub(r"\D", "", prompt) or 0) for prompt in prompts(page)]
        errors = error_outputs(page)
        expected = expected_markers(committed[name])
        shown = {} if errors else shown_markers(page, expected)  # after an error the rest did not run
        screenshot_whole_notebook(page, SCREENSHOTS / f"{Path(name).stem}.png")
    finally:
        if name == WIDGET_NOTEBOOK and not errors:
            kept_pages[name] = page
        else:
            close_notebook(page, lab, name)

    if errors:
        pytest.fail(f"{name} shows errors in JupyterLab:\n" + "\n---\n".join(errors), pytrace=False)
    assert counts == list(range(1, len(counts) + 1)), f"{name}: cells did not all run once, in order: {counts}"
    for marker, count in expected.items():
        if count:
            assert shown[marker] >= count, (
                f"{name}: the committed notebook has {count} output(s) with a {marker}, JupyterLab shows {shown[marker]}"
            )
    assert_untouched(browser, name, committed)


def test_picking_another_quotation_changes_the_displayed_explanation(lab, browser, committed, kept_pages):
    """The explorer only helps if it answers: a new pick must redraw the explanation through the live kernel."""
    name = WIDGET_NOTEBOOK
    if name not in committed:
        pytest.fail(f"notebooks/{name} is missing: the quotation explorer it displays cannot be tested", pytrace=False)
    page = kept_pages.pop(name, None)  # already run without errors by the test above
    try:
        if page is None:
            page = open_notebook(browser, lab, name)
            run_all_cells(page, name)
            errors = error_outputs(page)
            if errors:
                pytest.fail(f"{name} shows errors in JupyterLab:\n" + "\n---\n".join(errors), pytrace=False)
        picker = page.locator(".widget-dropdown", has=page.locator("label", has_text=re.compile(r"^Quotation$")))
        expect(picker, f"{name}: no dropdown labelled 'Quotation' (is quotation_explorer displayed?)").to_have_count(1)
        explorer = page.locator(".jp-OutputArea-output", has=picker)
        explanation = explorer.locator(".koreanews-explanation")
        select = picker.locator("select")
        options = select.locator("option").count()
        assert options >= 2, f"{name}: the quotation picker offers {options} option(s); another cannot be picked"
        before = explanation.inner_text()
        assert before.strip(), f"{name}: the explorer shows no explanation before a quotation is picked"
        current = select.evaluate("element => element.selectedIndex")
        select.select_option(index=(current + 1) % options)
        expect(explanation).not_to_have_text(before, timeout=15_000)
        after = explanation.inner_text()
    finally:
        if page is not None:
            close_notebook(page, lab, name)

    assert after.strip(), f"{name}: the explanation went blank after picking another quotation"
    assert_untouched(browser, name, committed)


def test_jupyterlab_shuts_down_cleanly_and_leaves_no_process(lab, browser, committed):
    """Runs last in the module: the server (and every kernel it started) must exit on ``/api/shutdown``."""
    left = stop_lab(lab)
    assert lab.process.returncode == 0, f"JupyterLab exited with {lab.process.returncode}:\n{lab.log_tail()}"
    assert not left, f"processes left after JupyterLab shut down: {left}"
    changed = [name for name, data in committed.items() if (ROOT / "notebooks" / name).read_bytes() != data]
    assert not changed, f"notebooks changed on disk while JupyterLab had them open: {changed}"
