"""Turns openapi/bigcommerce-checkout.yaml into the generated client and the reference pages."""
