"""Knowledge about archives: holding repositories, online archives and their URLs."""
