"""Streamlit entry point: `streamlit run app.py`. All logic lives in plainleaf.ui."""

from plainleaf.ui.app import main

main()
