"""The offline contract: the names the pages, static/js/app.js and the service worker
(templates/install/sw.js) share. They are written in three languages (Jinja, Python,
JavaScript), so they are listed here once and a test reads all three ends
(tests/test_offline_contract.py): renaming one side without the others fails it.

Only a browser that runs JavaScript has a service worker. Without it a family's saved
list is still kept (a cookie, pwa/saved/views.py), but no page is stored for reading
without a signal, so the Saved page says so only once the worker is running.

- SAVE_EVENT, REMOVE_EVENT: HX-Trigger events after Save or Remove, with the service
  page's and the Saved page's URLs (`page`, `list`); app.js hands them to the worker.
- SYNC: on the Saved page, the element whose value is the Saved page's own URL; inside
  it, each link marked PAGE is a page to keep. app.js sends the worker the whole list,
  and the worker drops any copy not on it.
- SAVED_ON: on each page the worker may keep, the "Saved on" notice: hidden, valued with
  the page's locale (en-GB), holding one empty <time></time>. When the worker serves its
  stored copy it finds the one tag carrying SAVED_ON (the worker gets the name in its
  settings, pwa/install/views.py), drops that tag's `hidden` and writes the date the copy
  was made into the first empty <time> after it. That is all it reads: the notice's
  element, other attributes and wording are free to change.
- READY: hidden notes that are true only where the worker runs; app.js unhides them
  when a worker controls the page.
"""
SAVE_EVENT = "offline-save"
REMOVE_EVENT = "offline-remove"
SYNC = "data-offline-sync"
PAGE = "data-offline-page"
SAVED_ON = "data-saved-on"
READY = "data-offline-ready"
