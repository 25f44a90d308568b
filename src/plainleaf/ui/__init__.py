"""The Streamlit user interface: the only part of plainleaf that imports streamlit."""
