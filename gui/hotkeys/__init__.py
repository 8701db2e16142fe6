"""Global shortcuts: keys that reach BiliDrop while another program has the focus."""
