"""PDF rendering of prepared document views (ReportLab). It lays out; it never computes a total.

Built by the documents issue; the package exists now so that the layer contracts cover it.
"""
