"""Resources mirror the sections of BigCommerce's Checkout APIs."""
