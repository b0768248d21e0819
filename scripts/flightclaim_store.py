"""What scripts/backup and scripts/restore share: the settings the server reads, the database's
connection for pg_dump/pg_restore, and the document store (a local folder or WebDAV/Nextcloud) as a
set of objects under the prefixes the application writes. Python 3 standard library only."""

import base64
import hashlib
import os
import re
import shutil
import subprocess
import sys
import urllib.error
import urllib.parse
import urllib.request
import xml.etree.ElementTree as ET

# the only file a finished backup has last: restore refuses a folder without it
COMPLETE = "BACKUP-COMPLETE"

# where the application keeps documents (StorageKeys: documents/{2 hex}/{id}; earlier ones under claims/)
PREFIXES = ("documents/", "claims/")
CHUNK = 1 << 20


def fail(message):
    print("error: " + message, file=sys.stderr)
    sys.exit(2)


def setting(name, default=None):
    value = os.environ.get(name, "")
    return value if value != "" else default


def database():
    """The libpq connection (host, port, dbname, user) and environment (password) of FC_DB_URL."""
    url = setting("FC_DB_URL") or fail("FC_DB_URL is not set (jdbc:postgresql://HOST:PORT/DATABASE)")
    m = re.match(r"jdbc:postgresql://([^/:?]+)(?::(\d+))?/([^?]+)", url)
    if not m:
        fail("FC_DB_URL is not a PostgreSQL JDBC URL: " + url)
    args = ["--host", m.group(1), "--port", m.group(2) or "5432", "--username", setting("FC_DB_USER", "flightclaim")]
    env = dict(os.environ, PGPASSWORD=setting("FC_DB_PASSWORD", ""))
    return args, m.group(3), env


def run(command, env):
    result = subprocess.run(command, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    if result.returncode != 0:
        fail(" ".join(command[:1]) + " failed:\n" + result.stdout)
    return result.stdout


def sha256_of(path):
    digest = hashlib.sha256()
    with open(path, "rb") as f:
        for block in iter(lambda: f.read(CHUNK), b""):
            digest.update(block)
    return digest.hexdigest()


class LocalStore:
    def __init__(self, root):
        self.root = root

    def describe(self):
        return "local folder " + self.root

    def keys(self):
        for prefix in PREFIXES:
            top = os.path.join(self.root, prefix)
            for folder, _, files in os.walk(top):
                for name in files:
                    if name.endswith(".part"):  # an upload being written; the object appears by a rename
                        continue
                    path = os.path.join(folder, name)
                    yield os.path.relpath(path, self.root).replace(os.sep, "/")

    def get(self, key, target):
        """False when the object went between the listing and the read (a purge, an orphan removed)."""
        try:
            shutil.copyfile(os.path.join(self.root, key), target)
            return True
        except FileNotFoundError:
            return False

    def put(self, key, source):
        path = os.path.join(self.root, key)
        os.makedirs(os.path.dirname(path), exist_ok=True)
        shutil.copyfile(source, path + ".part")
        os.replace(path + ".part", path)


class WebDavStore:
    """Depth-1 PROPFINDs (Nextcloud refuses infinite depth), GET and PUT with their lengths, MKCOL for folders."""

    def __init__(self, url, user, password):
        self.base = url if url.endswith("/") else url + "/"
        # compared with the hrefs the server answers, both decoded (a user id like john%40example.com)
        self.base_path = re.sub("/+", "/", urllib.parse.unquote(urllib.parse.urlparse(self.base).path))
        self.headers = {}
        if user:
            token = base64.b64encode((user + ":" + (password or "")).encode()).decode()
            self.headers["Authorization"] = "Basic " + token
        self.made = set()

    def describe(self):
        return "WebDAV " + self.base

    def _request(self, method, key, body=None, headers=None, length=None):
        request = urllib.request.Request(self.base + urllib.parse.quote(key), data=body, method=method,
                                         headers=dict(self.headers, **(headers or {})))
        if length is not None:
            request.add_header("Content-Length", str(length))
        return urllib.request.urlopen(request, timeout=120)

    def _children(self, folder):
        try:
            with self._request("PROPFIND", folder, b'<?xml version="1.0"?><d:propfind xmlns:d="DAV:"><d:prop>'
                               b'<d:resourcetype/></d:prop></d:propfind>', {"Depth": "1",
                               "Content-Type": "application/xml"}) as answer:
                tree = ET.fromstring(answer.read())
        except urllib.error.HTTPError as e:
            if e.code == 404:
                return
            raise
        for response in tree.findall("{DAV:}response"):
            href = re.sub("/+", "/", urllib.parse.unquote(urllib.parse.urlparse(response.findtext("{DAV:}href")).path))
            key = href[len(self.base_path):] if href.startswith(self.base_path) else None
            if key is None or key.rstrip("/") == folder.rstrip("/"):
                continue
            is_folder = response.find(".//{DAV:}collection") is not None
            yield key.rstrip("/") + ("/" if is_folder else ""), is_folder

    def keys(self):
        pending = list(PREFIXES)
        while pending:
            folder = pending.pop()
            for key, is_folder in self._children(folder):
                if is_folder:
                    pending.append(key)
                else:
                    yield key

    def get(self, key, target):
        """False when the object went between the listing and the read (a purge, an orphan removed)."""
        try:
            with self._request("GET", key) as answer, open(target, "wb") as out:
                shutil.copyfileobj(answer, out, CHUNK)
            return True
        except urllib.error.HTTPError as e:
            if e.code == 404:
                return False
            raise

    def put(self, key, source):
        parts = key.split("/")[:-1]
        for i in range(1, len(parts) + 1):
            folder = "/".join(parts[:i]) + "/"
            if folder not in self.made:
                try:
                    self._request("MKCOL", folder).close()
                except urllib.error.HTTPError as e:
                    if e.code != 405:  # 405: it exists
                        raise
                self.made.add(folder)
        size = os.path.getsize(source)
        with open(source, "rb") as body:
            self._request("PUT", key, body, {"Content-Type": "application/octet-stream"}, size).close()


def store():
    kind = setting("FC_STORAGE", "local")
    if kind == "local":
        import tempfile
        return LocalStore(setting("FC_STORAGE_DIR", os.path.join(tempfile.gettempdir(), "flightclaim-documents")))
    if kind == "webdav":
        url = setting("FC_WEBDAV_URL") or fail("FC_WEBDAV_URL is not set")
        return WebDavStore(url, setting("FC_WEBDAV_USER"), setting("FC_WEBDAV_PASSWORD"))
    fail("FC_STORAGE must be local or webdav, not " + kind)
