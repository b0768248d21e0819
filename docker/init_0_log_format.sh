#!/bin/sh
# Run by the Payara image's entrypoint before the server starts (it sources ${SCRIPT_DIR}/init_*.sh):
# server.log in the format FC_LOG_FORMAT names — odl (Payara's default), ulf, or json (one JSON object
# per line, for a log shipper). An unknown value stops the container with a message.
case "${FC_LOG_FORMAT:-odl}" in
  odl) formatter=ODL ;;
  ulf) formatter=ULF ;;
  json) formatter=fish.payara.enterprise.server.logging.JSONLogFormatter ;;
  *) echo "FC_LOG_FORMAT is odl, ulf or json, not ${FC_LOG_FORMAT}" >&2; exit 1 ;;
esac
echo "set-log-file-format ${formatter}" >> "${POSTBOOT_COMMANDS}"
