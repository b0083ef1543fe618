"""Analytics widgets: charts drawn with matplotlib's QtAgg canvas (imported only when first needed)."""
