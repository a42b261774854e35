"""What the client costs, measured next to a baseline in the same run: `scripts/bench`.

Nothing here is part of the test suite; timings depend on the machine and are reported, not asserted.
"""
