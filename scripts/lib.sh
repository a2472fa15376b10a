# Shared set-up steps for scripts/run and scripts/test. Each step does nothing when
# its work is already done, so the scripts are quick the second time.

as_root() { if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi; }

apt_install() {
  [ -n "${APT_UPDATED:-}" ] || { as_root apt-get update -q; APT_UPDATED=1; }
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -q "$@"
}

ensure_venv() {  # $1: the requirements file
  python3 -c 'import sys; assert sys.version_info >= (3, 11), "Python 3.11 or newer is needed"'
  if [ ! -x .venv/bin/python ]; then
    python3 -m venv .venv 2>/dev/null || { rm -rf .venv; apt_install python3-venv; python3 -m venv .venv; }
  fi
  stamp=".venv/.installed-$(cat requirements*.txt | cksum | cut -d' ' -f1)-$1"
  if [ ! -f "$stamp" ]; then
    .venv/bin/pip install -q --disable-pip-version-check -r "$1"
    touch "$stamp"
  fi
}

compile_catalogues() {
  if ls locales/*/LC_MESSAGES/messages.po >/dev/null 2>&1; then
    .venv/bin/pybabel compile -d locales >/dev/null
  fi
}

ensure_pdf_libraries() {  # WeasyPrint draws booklet PDFs with Pango (Debian's libraries)
  ldconfig -p 2>/dev/null | grep -q libpangoft2-1.0 || apt_install libpango-1.0-0 libpangoft2-1.0-0
}
