"""File ▸ Import…: the customer import wizard and its screenshots."""
