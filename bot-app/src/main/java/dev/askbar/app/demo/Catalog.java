package dev.askbar.app.demo;

import java.util.List;

/**
 * What the demo shop sells. Each department has its own return rate and seasonal curve because
 * that is what makes "which category is returned most" or "what sells in December" interesting.
 */
final class Catalog {
    private Catalog() {}

    /** {@code season} has one factor per calendar month, January first. */
    record Department(
            String code, String name, double returnRate, double[] season, List<String> brands, List<Sub> subs) {}

    /** Prices in whole euros; products get a list price between the two. */
    record Sub(String code, String name, int minPrice, int maxPrice, List<String> items) {}

    private static final double[] FLAT = {1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1};

    static final List<Department> DEPARTMENTS = List.of(
            new Department(
                    "EL",
                    "Electronics",
                    0.05,
                    new double[] {0.9, 0.8, 0.85, 0.85, 0.9, 0.9, 0.9, 0.95, 1.0, 1.0, 1.5, 1.6},
                    List.of("Nordtek", "Voltaro", "Aurelia", "Kestrel", "Lumio"),
                    List.of(
                            new Sub(
                                    "AUD",
                                    "Audio",
                                    29,
                                    349,
                                    List.of(
                                            "Wireless Headphones",
                                            "Bluetooth Speaker",
                                            "True Wireless Earbuds",
                                            "Soundbar",
                                            "Turntable")),
                            new Sub(
                                    "PHO",
                                    "Phone Accessories",
                                    9,
                                    69,
                                    List.of(
                                            "USB-C Charger",
                                            "Power Bank",
                                            "Phone Case",
                                            "Screen Protector",
                                            "Car Mount")),
                            new Sub(
                                    "CPA",
                                    "Computer Accessories",
                                    19,
                                    399,
                                    List.of(
                                            "Mechanical Keyboard",
                                            "Wireless Mouse",
                                            "27\" Monitor",
                                            "USB-C Hub",
                                            "Webcam")),
                            new Sub(
                                    "SMH",
                                    "Smart Home",
                                    19,
                                    249,
                                    List.of(
                                            "Smart Plug",
                                            "Video Doorbell",
                                            "Smart Bulb Set",
                                            "Thermostat",
                                            "Indoor Camera")))),
            new Department(
                    "HK",
                    "Home & Kitchen",
                    0.04,
                    new double[] {1.0, 0.9, 0.95, 1.0, 1.0, 0.9, 0.85, 0.9, 1.0, 1.05, 1.3, 1.4},
                    List.of("Hjem", "Casa Viva", "Maison Blanche", "Oakhurst"),
                    List.of(
                            new Sub(
                                    "COF",
                                    "Coffee & Tea",
                                    19,
                                    599,
                                    List.of(
                                            "Espresso Machine",
                                            "Burr Grinder",
                                            "Milk Frother",
                                            "Pour-Over Kettle",
                                            "French Press")),
                            new Sub(
                                    "COK",
                                    "Cookware",
                                    15,
                                    249,
                                    List.of(
                                            "Cast Iron Skillet",
                                            "Non-Stick Pan Set",
                                            "Dutch Oven",
                                            "Chef's Knife",
                                            "Cutting Board")),
                            new Sub(
                                    "BED",
                                    "Bedding",
                                    25,
                                    189,
                                    List.of(
                                            "Duvet Cover Set",
                                            "Linen Sheet Set",
                                            "Memory Foam Pillow",
                                            "Wool Throw",
                                            "Weighted Blanket")),
                            new Sub(
                                    "DEC",
                                    "Decor",
                                    9,
                                    149,
                                    List.of(
                                            "Table Lamp",
                                            "Ceramic Vase",
                                            "Wall Mirror",
                                            "Scented Candle",
                                            "Photo Frame Set")))),
            new Department(
                    "SP",
                    "Sports & Outdoors",
                    0.06,
                    new double[] {1.2, 0.9, 1.1, 1.3, 1.4, 1.4, 1.3, 1.1, 1.0, 0.8, 0.8, 0.9},
                    List.of("Alpenlicht", "Trailborn", "Velocita", "Fjellsport"),
                    List.of(
                            new Sub(
                                    "RUN",
                                    "Running",
                                    12,
                                    399,
                                    List.of(
                                            "Running Shoes",
                                            "Running Jacket",
                                            "GPS Watch",
                                            "Hydration Vest",
                                            "Running Socks 3-Pack")),
                            new Sub(
                                    "CYC",
                                    "Cycling",
                                    12,
                                    149,
                                    List.of(
                                            "Bike Helmet",
                                            "Bike Light Set",
                                            "Cycling Gloves",
                                            "Saddle Bag",
                                            "Mini Pump")),
                            new Sub(
                                    "CAM",
                                    "Camping",
                                    15,
                                    299,
                                    List.of(
                                            "2-Person Tent",
                                            "Sleeping Bag",
                                            "Camping Stove",
                                            "Headlamp",
                                            "Trekking Poles")),
                            new Sub(
                                    "FIT",
                                    "Fitness",
                                    12,
                                    349,
                                    List.of(
                                            "Yoga Mat",
                                            "Adjustable Dumbbells",
                                            "Resistance Bands",
                                            "Kettlebell",
                                            "Foam Roller")))),
            new Department(
                    "FA",
                    "Fashion",
                    0.14,
                    new double[] {1.1, 0.8, 1.0, 1.1, 1.0, 0.9, 0.9, 0.9, 1.1, 1.1, 1.2, 1.3},
                    List.of("Linnea", "Mode Atelier", "Northbound", "Sastre"),
                    List.of(
                            new Sub(
                                    "WOM",
                                    "Women's Clothing",
                                    29,
                                    199,
                                    List.of(
                                            "Merino Sweater",
                                            "Linen Dress",
                                            "Rain Jacket",
                                            "Denim Jeans",
                                            "Silk Blouse")),
                            new Sub(
                                    "MEN",
                                    "Men's Clothing",
                                    29,
                                    249,
                                    List.of("Oxford Shirt", "Chino Trousers", "Down Jacket", "Wool Coat", "Hoodie")),
                            new Sub(
                                    "SHO",
                                    "Shoes",
                                    49,
                                    229,
                                    List.of("Leather Sneakers", "Chelsea Boots", "Loafers", "Sandals", "Hiking Boots")),
                            new Sub(
                                    "ACC",
                                    "Bags & Accessories",
                                    15,
                                    149,
                                    List.of("Leather Belt", "Wool Scarf", "Canvas Backpack", "Sunglasses", "Wallet")))),
            new Department(
                    "BK",
                    "Books",
                    0.02,
                    FLAT,
                    List.of("Paperback", "Hardcover"),
                    List.of(
                            new Sub(
                                    "FIC",
                                    "Fiction",
                                    9,
                                    29,
                                    List.of(
                                            "The Silent Harbour",
                                            "A Winter in Lisbon",
                                            "The Cartographer's Daughter",
                                            "Salt and Iron",
                                            "Midnight at the Atelier")),
                            new Sub(
                                    "NON",
                                    "Non-fiction",
                                    12,
                                    49,
                                    List.of(
                                            "Nordic Kitchen",
                                            "A Short History of Trade",
                                            "Walking the Alps",
                                            "The Curious Brain",
                                            "Money, Plainly")),
                            new Sub(
                                    "KBK",
                                    "Children's Books",
                                    7,
                                    24,
                                    List.of(
                                            "The Brave Little Fox",
                                            "Moon Garden",
                                            "Counting Clouds",
                                            "Pirates of Puddle Bay",
                                            "Dinosaur Detectives")))),
            new Department(
                    "TY",
                    "Toys & Games",
                    0.03,
                    new double[] {0.6, 0.6, 0.7, 0.8, 0.7, 0.7, 0.7, 0.8, 0.9, 1.1, 2.2, 3.0},
                    List.of("Kubus", "Spielwerk", "Tinytown"),
                    List.of(
                            new Sub(
                                    "BRD",
                                    "Board Games",
                                    12,
                                    89,
                                    List.of(
                                            "Strategy Board Game",
                                            "Party Card Game",
                                            "Cooperative Adventure Game",
                                            "Chess Set",
                                            "Jigsaw Puzzle 1000 Pieces")),
                            new Sub(
                                    "BLD",
                                    "Building Sets",
                                    19,
                                    149,
                                    List.of(
                                            "Castle Building Set",
                                            "Space Station Kit",
                                            "Marble Run",
                                            "Wooden Train Set")),
                            new Sub(
                                    "KID",
                                    "Baby & Kids",
                                    12,
                                    129,
                                    List.of("Plush Bear", "Wooden Blocks", "Balance Bike", "Kids Art Set")))));

    static final List<String> VARIANTS = List.of(
            "Black", "White", "Navy", "Sand", "Forest Green", "Graphite", "Pro", "Mini", "Lite", "Max", "2", "Classic");
}
