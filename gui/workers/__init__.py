"""QObject workers living on QThreads: uploads, heartbeat, keyring. Work goes in and results
come out through signals; the GUI thread never waits on the network or the keyring."""
