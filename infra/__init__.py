"""The edge of tickerlog: settings, storage, the composition root and the command line."""
