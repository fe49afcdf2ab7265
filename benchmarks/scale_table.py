"""The table both scale benchmarks print: time and queries per page at a small and a large
amount of content, side by side."""


def print_scale_table(title, small, large, small_count, large_count, ratio=False):
    """small, large: {page: (seconds, queries)} measured at small_count and large_count."""
    header = (f"{title:<28}{'ms @' + str(small_count):>10}{'q @' + str(small_count):>8}"
              f"{'ms @' + str(large_count):>12}{'q @' + str(large_count):>10}"
              + (f"{'time ratio':>12}" if ratio else ""))
    print(header)
    print("-" * len(header))
    for name in small:
        (t_small, q_small), (t_large, q_large) = small[name], large[name]
        print(f"{name:<28}{t_small * 1000:>10.1f}{q_small:>8}{t_large * 1000:>12.1f}"
              f"{q_large:>10}" + (f"{t_large / t_small:>12.2f}" if ratio else ""))
