"""Streamlit pages. Only modules here may import streamlit."""
