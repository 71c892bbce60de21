# SPDX-License-Identifier: GPL-3.0-or-later
# `cpack -G DEB` in a build folder makes pepin_<version>-1_<arch>.deb from what `cmake --install`
# puts (scripts/test-package builds it in Release and installs it on a clean Debian 12).

set(CPACK_PACKAGE_NAME pepin)
set(CPACK_PACKAGE_VENDOR "The Pépin developers")
set(CPACK_PACKAGE_CONTACT "The Pépin developers <pepin@example.org>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "business incubator management: companies, offices, leases, occupancy")
set(CPACK_PACKAGE_HOMEPAGE_URL ${PROJECT_HOMEPAGE_URL})
set(CPACK_RESOURCE_FILE_LICENSE ${PROJECT_SOURCE_DIR}/LICENSE)
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_STRIP_FILES ON)
set(CPACK_GENERATOR DEB)

set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_RELEASE 1)
set(CPACK_DEBIAN_PACKAGE_SECTION misc)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_PACKAGE_HOMEPAGE ${PROJECT_HOMEPAGE_URL})
# The libraries the programs link are found by dpkg-shlibdeps; what Qt loads as plugins at run
# time is not, so it is named here: the SQLite driver (every database is one), and Qt's own
# French translations (dialog buttons), which the interface can do without.
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_DEPENDS "libqt6sql6-sqlite")
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "qt6-translations-l10n")
# The summary above is the first line; this follows it.
set(CPACK_PACKAGE_DESCRIPTION "Pépin manages a business incubator (pépinière d'entreprises): its companies,
its office space, who occupies which office when, and on what terms. It is made
for incubator managers, who assign offices and sign, renew and end occupancy
agreements, and for chamber of commerce staff, who report occupancy to their
board and funders.
.
It offers a planning of every office over time, an assignment assistant that
cannot double-book, occupancy and sector-mix figures, alerts before lease terms
and legal limits, an occupancy report as PDF or HTML, CSV import and export for
French spreadsheets, and pepin-cli, a scriptable command line over the same
SQLite database. The interface is in French and English.")

include(CPack)
