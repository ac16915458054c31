"""JupyterLab and headless Chromium for the browser test: isolated, offline, and cleaned up.

The server gets its own config, data, runtime, settings and workspace folders
in a temporary directory, so nothing from the user's Jupyter set-up leaks in
and nothing the test does (workspaces, settings) leaks out.  Every option
that would make JupyterLab or Chromium reach the internet is turned off.
"""

from __future__ import annotations

import json
import os
import secrets
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from dataclasses import dataclass, field
from pathlib import Path

import psutil

CHROMIUM = Path("/usr/bin/chromium")
#: Chromium runs as root in CI, on a machine whose only network is the package registries.
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--disable-gpu",
    "--disable-quic",
    "--disable-dev-shm-usage",
]
#: JupyterLab settings (one file per plugin) that keep the run offline and the notebooks untouched.
LAB_SETTINGS = {
    # Never write the executed notebook back over the committed one.
    "@jupyterlab/docmanager-extension/plugin": {"autosave": False},
    # Attach every cell to the DOM, so every output can be checked and shown in the screenshot.
    "@jupyterlab/notebook-extension/tracker": {"windowingMode": "none"},
    # No news feed, no update check, no toast asking about either.
    "@jupyterlab/apputils-extension/notification": {"fetchNews": "false", "checkForUpdates": False},
    # The extension manager would query PyPI.
    "@jupyterlab/extensionmanager-extension/plugin": {"enabled": False},
}
#: Server options that stop JupyterLab from fetching news, update information or extension listings.
OFFLINE_SERVER_ARGS = [
    "--LabApp.news_url=None",
    "--LabApp.check_for_updates_class=jupyterlab.NeverCheckForUpdate",
    "--LabApp.extension_manager=readonly",
]


def free_port() -> int:
    """A port the OS says is free now (bound to port 0, then released)."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def write_lab_settings(folder: Path) -> None:
    """Write :data:`LAB_SETTINGS` in the layout of ``--LabApp.user_settings_dir``."""
    for plugin, values in LAB_SETTINGS.items():
        package, name = plugin.rsplit("/", 1)
        target = folder / package / f"{name}.jupyterlab-settings"
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(json.dumps(values), encoding="utf-8")


@dataclass
class LabServer:
    """A running JupyterLab: its process, address and token."""

    process: subprocess.Popen
    url: str
    token: str
    log: Path
    #: Every process seen in the server's tree (kernels included), to check at the end that all exited.
    seen: list = field(default_factory=list, repr=False)

    def remember_processes(self) -> None:
        """Note the server's current process tree; kernels shut down later must be gone too."""
        try:
            root = psutil.Process(self.process.pid)
            tree = [root, *root.children(recursive=True)]
        except psutil.NoSuchProcess:
            return
        self.seen += [process for process in tree if process not in self.seen]

    def api(self, method: str, path: str, timeout: float = 10):
        """Call the REST API with the token; returns the decoded JSON body (or None)."""
        request = urllib.request.Request(
            f"{self.url}{path}", method=method, data=b"" if method != "GET" else None,
            headers={"Authorization": f"token {self.token}"},
        )
        with urllib.request.urlopen(request, timeout=timeout) as response:
            body = response.read()
        return json.loads(body) if body else None

    def lab_url(self, path: str) -> str:
        """The address that opens ``path`` (relative to the root) in a fresh workspace."""
        return f"{self.url}/lab/tree/{path}?reset&token={self.token}"

    def log_tail(self, lines: int = 40) -> str:
        """The end of the server log, to make a failure readable."""
        return "\n".join(self.log.read_text(errors="replace").splitlines()[-lines:])

    def shut_down_kernel_of(self, path: str) -> None:
        """Delete the sessions (and so the kernels) of one notebook, to keep memory flat between notebooks."""
        for session in self.api("GET", "/api/sessions"):
            if session["path"] == path:
                self.api("DELETE", f"/api/sessions/{session['id']}")


def start_lab(root: Path, scratch: Path, timeout: float = 60) -> LabServer:
    """Start ``jupyter lab`` in ``root`` on 127.0.0.1 with a random token; return once ``/api/status`` answers."""
    for name in ("config", "data", "runtime", "settings", "workspaces", "checkpoints"):
        (scratch / name).mkdir(parents=True, exist_ok=True)
    write_lab_settings(scratch / "settings")
    token = secrets.token_hex(24)
    port = free_port()
    env = dict(
        os.environ,
        JUPYTER_CONFIG_DIR=str(scratch / "config"),
        JUPYTER_DATA_DIR=str(scratch / "data"),
        JUPYTER_RUNTIME_DIR=str(scratch / "runtime"),
        JUPYTER_PLATFORM_DIRS="1",
        PYDEVD_DISABLE_FILE_VALIDATION="1",
    )
    log = scratch / "server.log"
    command = [
        sys.executable, "-m", "jupyter", "lab", "--no-browser", "--allow-root",
        "--ip=127.0.0.1", f"--port={port}", "--port-retries=0",
        f"--IdentityProvider.token={token}", f"--ServerApp.root_dir={root}",
        f"--LabApp.user_settings_dir={scratch / 'settings'}",
        f"--LabApp.workspaces_dir={scratch / 'workspaces'}",
        # JupyterLab takes a checkpoint of every notebook it opens: keep those out of the repository.
        f"--FileCheckpoints.checkpoint_dir={scratch / 'checkpoints'}",
        *OFFLINE_SERVER_ARGS,
    ]
    with log.open("wb") as sink:
        process = subprocess.Popen(command, cwd=root, env=env, stdout=sink, stderr=subprocess.STDOUT)
    server = LabServer(process, f"http://127.0.0.1:{port}", token, log)
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"JupyterLab exited with {process.returncode}:\n{server.log_tail()}")
        try:
            server.api("GET", "/api/status", timeout=2)
            return server
        except (urllib.error.URLError, ConnectionError, TimeoutError):
            time.sleep(0.2)  # polling a socket that is not listening yet: nothing to wait on but time
    stop_lab(server)
    raise RuntimeError(f"JupyterLab did not answer /api/status within {timeout:.0f} s:\n{server.log_tail()}")


def stop_lab(server: LabServer, timeout: float = 30) -> list[str]:
    """Shut JupyterLab down through its API (kernels too); terminate only if it does not exit.

    Returns the processes of its tree still alive afterwards, described for an
    assertion message (empty when everything exited).
    """
    server.remember_processes()
    try:
        server.api("POST", "/api/shutdown")
        server.process.wait(timeout=timeout)
    except (urllib.error.URLError, ConnectionError, TimeoutError, subprocess.TimeoutExpired):
        server.process.terminate()
        try:
            server.process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            server.process.kill()
            server.process.wait()
    _, alive = psutil.wait_procs(server.seen, timeout=10)
    described = []
    for process in alive:
        try:
            described.append(f"{process.pid} {' '.join(process.cmdline())[:200]}")
        except psutil.NoSuchProcess:
            continue
    for process in alive:  # leave nothing behind, even when the test then fails
        try:
            process.kill()
        except psutil.NoSuchProcess:
            pass
    return described
