"""The Bilibili web API client: httpx, typed results, one error model. No Qt here."""
