package dev.askbar.app.demo;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.Month;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Invents two years of an online shop's life, ending at {@code today}. Everything is drawn from one
 * {@link Dice} in a fixed order, so the same seed and the same {@code today} always give the same
 * rows; a different {@code today} shifts the calendar (and with it weekdays and holidays), so the
 * rows differ from day to day while every "last month" question still has data.
 *
 * <p>History stops at midnight (shop time) at the start of {@code today}: nothing is dated in the
 * future, and the state of each order (paid, shipped, in transit, returned) is its state at that
 * moment.
 */
final class ShopHistory {
    static final ZoneId SHOP_ZONE = ZoneId.of("Europe/Berlin");
    static final int HISTORY_DAYS = 730;

    /** Orders on an ordinary day at the start of the history; growth and seasons scale it. */
    private static final double BASE_ORDERS_PER_DAY = 12.0;

    private static final double YEARLY_GROWTH = 1.45;
    private static final int CUSTOMERS = 6000;
    private static final int PRODUCTS_PER_SUB = 11;

    private static final double[] MONTH_FACTOR = {0.85, 0.78, 0.9, 0.92, 0.95, 0.9, 0.88, 0.9, 1.0, 1.05, 1.45, 1.6};
    /** Monday first. Sunday evening is a classic online-shopping peak; Saturday is spent outside. */
    private static final double[] WEEKDAY_FACTOR = {1.12, 1.05, 1.0, 1.0, 0.92, 0.8, 1.1};

    private static final double[] ONLINE_HOURS = {
        1, 0.5, 0.3, 0.2, 0.2, 0.3, 0.6, 1.2, 2, 2.5, 2.8, 3, 3.4, 3.2, 2.8, 2.7, 2.8, 3, 3.5, 4.2, 4.5, 4, 3, 2
    };
    private static final double[] STORE_HOURS = {
        0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 1.5, 2, 2.5, 2, 1.8, 2, 2.5, 3, 2.5, 1.2, 0, 0, 0, 0
    };

    private static final DateTimeFormatter TIMESTAMP = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss'+00'");

    final CopyTable regions = new CopyTable("regions", "region_id", "code", "name");
    final CopyTable employees = new CopyTable(
            "employees",
            "employee_id",
            "full_name",
            "email",
            "role",
            "title",
            "region_id",
            "manager_id",
            "hired_on",
            "left_on");
    final CopyTable customers = new CopyTable(
            "customers",
            "customer_id",
            "full_name",
            "company_name",
            "email",
            "phone",
            "country",
            "country_code",
            "city",
            "region_id",
            "segment",
            "account_manager_id",
            "signup_date");
    final CopyTable categories = new CopyTable("categories", "category_id", "name", "parent_id");
    final CopyTable products = new CopyTable(
            "products", "product_id", "sku", "name", "category_id", "unit_price", "unit_cost", "active", "launched_on");
    final CopyTable orders = new CopyTable(
            "orders",
            "order_id",
            "customer_id",
            "employee_id",
            "status",
            "channel",
            "ordered_at",
            "promised_ship_date");
    final CopyTable orderLines = new CopyTable(
            "order_lines", "order_line_id", "order_id", "product_id", "quantity", "unit_price", "discount");
    final CopyTable shipments = new CopyTable(
            "shipments",
            "shipment_id",
            "order_id",
            "carrier",
            "tracking_number",
            "shipped_at",
            "promised_by",
            "delivered_at");
    final CopyTable returns = new CopyTable(
            "returns",
            "return_id",
            "order_line_id",
            "quantity",
            "reason",
            "returned_at",
            "refunded_amount",
            "handled_by");

    private final Dice dice;
    private final LocalDate today;
    private final LocalDate firstDay;
    private final Instant asOf;

    private final List<Employee> staff = new ArrayList<>();
    private final List<Customer> people = new ArrayList<>();
    private final List<Product> catalogue = new ArrayList<>();
    private double[] customerCumulativeWeight;
    private double maxProductWeight;

    private record Employee(int id, String role, Integer regionId, LocalDate hiredOn, LocalDate leftOn) {
        boolean employedOn(LocalDate day) {
            return !hiredOn.isAfter(day) && (leftOn == null || !leftOn.isBefore(day));
        }
    }

    private record Customer(
            int id,
            PlacesAndNames.Country country,
            int regionId,
            String segment,
            Integer accountManager,
            LocalDate signup) {}

    private record Product(
            int id,
            Catalog.Department department,
            long listCents,
            double weight,
            LocalDate launched,
            LocalDate retired) {
        boolean sellableOn(LocalDate day) {
            return !launched.isAfter(day) && (retired == null || day.isBefore(retired));
        }
    }

    private record Placed(LocalDateTime at, String channel) {}

    ShopHistory(long seed, LocalDate today) {
        this.dice = new Dice(seed);
        this.today = today;
        this.firstDay = today.minusDays(HISTORY_DAYS);
        this.asOf = today.atStartOfDay(SHOP_ZONE).toInstant();
    }

    /** Tables in an order that satisfies the foreign keys. */
    List<CopyTable> tables() {
        return List.of(regions, employees, customers, categories, products, orders, orderLines, shipments, returns);
    }

    ShopHistory generate() {
        for (PlacesAndNames.Region r : PlacesAndNames.REGIONS) {
            regions.add(r.id(), r.code(), r.name());
        }
        hireStaff();
        signUpCustomers();
        buildCatalogue();
        sellEveryDay();
        return this;
    }

    // ---------------------------------------------------------------- staff

    private void hireStaff() {
        Set<String> emails = new HashSet<>();
        LocalDate longAgo = firstDay.minusYears(3);
        int md = addEmployee(emails, "en", "manager", "Managing Director", null, null, longAgo.minusYears(2), null);
        int headOfSales = addEmployee(emails, "de", "manager", "Head of Sales", null, md, longAgo.minusYears(1), null);
        int headOfSupport = addEmployee(emails, "nl", "manager", "Head of Customer Support", null, md, longAgo, null);
        for (PlacesAndNames.Region region : PlacesAndNames.REGIONS) {
            String language = regionLanguage(region.code());
            int lead = addEmployee(
                    emails,
                    language,
                    "manager",
                    "Regional Sales Manager " + region.code(),
                    region.id(),
                    headOfSales,
                    longAgo.plusDays(dice.between(0, 700)),
                    null);
            int reps = region.code().equals("DACH") ? 4 : region.code().equals("APAC") ? 1 : dice.between(2, 3);
            for (int i = 0; i < reps; i++) {
                LocalDate hired = firstDay.minusDays(dice.between(60, 1500));
                LocalDate left = null;
                // Staff turnover: a rep leaves mid-history and a successor takes over the region.
                if (i == 0 && dice.chance(0.35)) {
                    left = firstDay.plusDays(dice.between(200, 500));
                    addEmployee(
                            emails,
                            language,
                            "sales_rep",
                            "Sales Representative",
                            region.id(),
                            lead,
                            left.plusDays(dice.between(10, 40)),
                            null);
                }
                addEmployee(emails, language, "sales_rep", "Sales Representative", region.id(), lead, hired, left);
            }
        }
        for (int i = 0; i < 8; i++) {
            LocalDate hired = firstDay.plusDays(dice.between(-900, 500));
            LocalDate left = i == 2 ? firstDay.plusDays(dice.between(550, 650)) : null;
            addEmployee(
                    emails,
                    dice.pick(List.of("de", "nl", "pl", "en", "fr")),
                    "support_agent",
                    i == 0 ? "Senior Support Agent" : "Support Agent",
                    null,
                    headOfSupport,
                    hired,
                    left);
        }
    }

    private int addEmployee(
            Set<String> emails,
            String language,
            String role,
            String title,
            Integer regionId,
            Integer managerId,
            LocalDate hiredOn,
            LocalDate leftOn) {
        int id = staff.size() + 1;
        PlacesAndNames.Language names = PlacesAndNames.language(language);
        String given = dice.pick(names.given());
        String family = dice.pick(names.family());
        String email = uniqueEmail(
                emails, PlacesAndNames.mailPart(given) + "." + PlacesAndNames.mailPart(family), "demo-shop.example");
        staff.add(new Employee(id, role, regionId, hiredOn, leftOn));
        employees.add(
                id,
                PlacesAndNames.fullName(names, given, family),
                email,
                role,
                title,
                regionId,
                managerId,
                hiredOn,
                leftOn);
        return id;
    }

    private static String regionLanguage(String regionCode) {
        return switch (regionCode) {
            case "DACH" -> "de";
            case "BNL" -> "nl";
            case "FR" -> "fr";
            case "SOUTH" -> "it";
            case "NORD" -> "sv";
            case "CEE" -> "pl";
            default -> "en";
        };
    }

    private List<Employee> repsOn(int regionId, LocalDate day) {
        List<Employee> reps = new ArrayList<>();
        for (Employee e : staff) {
            if (e.role().equals("sales_rep") && e.regionId() != null && e.regionId() == regionId && e.employedOn(day)) {
                reps.add(e);
            }
        }
        return reps;
    }

    private Integer supportAgentOn(LocalDate day) {
        List<Employee> agents = new ArrayList<>();
        for (Employee e : staff) {
            if (e.role().equals("support_agent") && e.employedOn(day)) {
                agents.add(e);
            }
        }
        return agents.isEmpty() ? null : dice.pick(agents).id();
    }

    // ---------------------------------------------------------------- customers

    private void signUpCustomers() {
        // Sign-up dates first, sorted, so customer ids grow with sign-up date as a real sequence would.
        int[] offsets = new int[CUSTOMERS];
        double lnGrowth = StrictMath.log(YEARLY_GROWTH);
        double span = StrictMath.pow(YEARLY_GROWTH, HISTORY_DAYS / 365.0) - 1;
        for (int i = 0; i < CUSTOMERS; i++) {
            if (dice.chance(0.2)) {
                offsets[i] = -dice.between(1, 900);
            } else {
                // Inverse of an exponentially growing sign-up rate.
                offsets[i] = (int) (365 * StrictMath.log(1 + dice.uniform() * span) / lnGrowth);
            }
        }
        Arrays.sort(offsets);

        double[] countryWeights = PlacesAndNames.COUNTRIES.stream()
                .mapToDouble(PlacesAndNames.Country::weight)
                .toArray();
        Set<String> emails = new HashSet<>();
        customerCumulativeWeight = new double[CUSTOMERS];
        int fixedStride = CUSTOMERS / (PlacesAndNames.FIXED_CUSTOMERS.size() + 1);
        double cumulative = 0;
        for (int i = 0; i < CUSTOMERS; i++) {
            int id = i + 1;
            PlacesAndNames.Fixed fixed = null;
            if (i > 0 && i % fixedStride == 0 && i / fixedStride <= PlacesAndNames.FIXED_CUSTOMERS.size()) {
                fixed = PlacesAndNames.FIXED_CUSTOMERS.get(i / fixedStride - 1);
            }
            PlacesAndNames.Country country = fixed != null
                    ? PlacesAndNames.country(fixed.countryIso())
                    : PlacesAndNames.COUNTRIES.get(dice.weighted(countryWeights));
            PlacesAndNames.Language language = PlacesAndNames.language(country.language());
            String given = fixed != null ? fixed.given() : dice.pick(language.given());
            String family = fixed != null ? fixed.family() : dice.pick(language.family());
            double roll = dice.uniform();
            String segment = roll < 0.82 ? "consumer" : roll < 0.95 ? "small_business" : "corporate";
            if (fixed != null) {
                segment = "consumer";
            }
            int regionId = PlacesAndNames.region(country.regionCode()).id();
            LocalDate signup = firstDay.plusDays(offsets[i]);

            String company = null;
            Integer accountManager = null;
            String mailDomain;
            if (segment.equals("consumer")) {
                mailDomain = dice.chance(0.5)
                        ? dice.pick(country.mailDomains())
                        : dice.pick(List.of("gmail.com", "outlook.com", "yahoo.com", "icloud.com"));
            } else {
                String companyFamily = PlacesAndNames.display(dice.pick(language.family()));
                company = companyFamily + " "
                        + dice.pick(List.of("Consulting", "Trading", "Design", "Logistics", "Studio", "Systems")) + " "
                        + legalForm(country.isoCode());
                mailDomain = PlacesAndNames.mailPart(companyFamily) + "-" + id + "."
                        + country.isoCode().toLowerCase();
                List<Employee> reps = repsOn(regionId, today.minusDays(1));
                accountManager = reps.isEmpty() ? null : dice.pick(reps).id();
            }
            String email = uniqueEmail(
                    emails, PlacesAndNames.mailPart(given) + "." + PlacesAndNames.mailPart(family), mailDomain);
            String phone = dice.chance(segment.equals("consumer") ? 0.35 : 0.08) ? null : phone(country);
            String city = dice.chance(0.05) ? null : dice.pick(country.cities());

            double weight = dice.logNormal(1.0)
                    * switch (segment) {
                        case "corporate" -> 3.0;
                        case "small_business" -> 1.8;
                        default -> 1.0;
                    };
            if (fixed != null) {
                weight = 4.0;
            }
            cumulative += weight;
            customerCumulativeWeight[i] = cumulative;
            people.add(new Customer(id, country, regionId, segment, accountManager, signup));
            customers.add(
                    id,
                    PlacesAndNames.fullName(language, given, family),
                    company,
                    email,
                    phone,
                    country.name(),
                    country.isoCode(),
                    city,
                    regionId,
                    segment,
                    accountManager,
                    signup);
        }
    }

    private static String legalForm(String iso) {
        return switch (iso) {
            case "DE", "AT", "CH" -> "GmbH";
            case "NL", "BE" -> "B.V.";
            case "FR" -> "SARL";
            case "ES" -> "S.L.";
            case "PT" -> "Lda.";
            case "IT" -> "S.r.l.";
            case "SE" -> "AB";
            case "NO" -> "AS";
            case "DK" -> "ApS";
            case "PL" -> "sp. z o.o.";
            case "CZ" -> "s.r.o.";
            case "JP" -> "K.K.";
            case "AU" -> "Pty Ltd";
            default -> "Ltd";
        };
    }

    private String phone(PlacesAndNames.Country country) {
        return country.phonePrefix() + " " + dice.between(10, 99) + " " + dice.between(1000000, 9999999);
    }

    private static String uniqueEmail(Set<String> taken, String local, String domain) {
        String candidate = local + "@" + domain;
        for (int n = 2; !taken.add(candidate); n++) {
            candidate = local + n + "@" + domain;
        }
        return candidate;
    }

    /** A customer who had an account on {@code day}, frequent buyers more often. */
    private Customer customerOn(LocalDate day) {
        int signedUp = signedUpBy(day);
        double target = dice.uniform() * customerCumulativeWeight[signedUp - 1];
        int i = Arrays.binarySearch(customerCumulativeWeight, 0, signedUp, target);
        return people.get(i >= 0 ? i : -i - 1);
    }

    private int signedUpBy(LocalDate day) {
        int low = 0;
        int high = people.size();
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (people.get(mid).signup().isAfter(day)) {
                high = mid;
            } else {
                low = mid + 1;
            }
        }
        return Math.max(low, 1);
    }

    // ---------------------------------------------------------------- catalogue

    private void buildCatalogue() {
        int categoryId = 0;
        for (Catalog.Department dept : Catalog.DEPARTMENTS) {
            int deptId = ++categoryId;
            categories.add(deptId, dept.name(), null);
            for (Catalog.Sub sub : dept.subs()) {
                int subId = ++categoryId;
                categories.add(subId, sub.name(), deptId);
                Set<String> names = new HashSet<>();
                int number = 0;
                for (int attempt = 0; attempt < PRODUCTS_PER_SUB * 4 && number < PRODUCTS_PER_SUB; attempt++) {
                    String item = sub.items().get(attempt % sub.items().size());
                    String brand = dice.pick(dept.brands());
                    String name = dept.code().equals("BK")
                            ? item + " (" + brand + ")"
                            : brand + " " + item + " " + dice.pick(Catalog.VARIANTS);
                    if (!names.add(name)) {
                        continue;
                    }
                    number++;
                    addProduct(dept, sub, subId, number, name);
                }
            }
        }
        for (Product p : catalogue) {
            maxProductWeight = Math.max(maxProductWeight, p.weight());
        }
    }

    private void addProduct(Catalog.Department dept, Catalog.Sub sub, int categoryId, int number, String name) {
        int id = catalogue.size() + 1;
        double logPrice = StrictMath.log(sub.minPrice())
                + dice.uniform() * (StrictMath.log(sub.maxPrice()) - StrictMath.log(sub.minPrice()));
        double euros = StrictMath.exp(logPrice);
        // Shops price below a round number: 24.99 under 100, 349.00 above.
        long cents = euros < 100 ? (long) euros * 100 + 99 : ((long) euros / 10 * 10 + 9) * 100;
        long costCents = Math.round(cents * (0.35 + 0.25 * dice.uniform()));
        LocalDate launched = dice.chance(0.7)
                ? firstDay.minusDays(dice.between(1, 900))
                : firstDay.plusDays(dice.between(0, HISTORY_DAYS - 30));
        LocalDate retired = null;
        if (dice.chance(0.09)) {
            LocalDate earliest = launched.isBefore(firstDay) ? firstDay.plusDays(60) : launched.plusDays(120);
            retired = earliest.plusDays(dice.between(0, 400));
            if (!retired.isBefore(today.minusDays(30))) {
                retired = null;
            }
        }
        Product product = new Product(id, dept, cents, dice.logNormal(0.9), launched, retired);
        catalogue.add(product);
        String sku = dept.code() + "-" + sub.code() + "-" + String.format(Locale.ROOT, "%04d", number);
        products.add(id, sku, name, categoryId, money(cents), money(costCents), retired == null, launched);
    }

    private Product productOn(LocalDate day, Set<Integer> alreadyInOrder) {
        int month = day.getMonthValue() - 1;
        while (true) {
            Product p = dice.pick(catalogue);
            if (!p.sellableOn(day) || alreadyInOrder.contains(p.id())) {
                continue;
            }
            // Rejection sampling keeps popularity and season independent and needs no per-day tables.
            if (dice.uniform() * maxProductWeight * 3.0
                    < p.weight() * p.department().season()[month]) {
                return p;
            }
        }
    }

    // ---------------------------------------------------------------- orders

    private int orderId;
    private int lineId;
    private int shipmentId;
    private int returnId;

    private void sellEveryDay() {
        double lnGrowth = StrictMath.log(YEARLY_GROWTH);
        // A few months the warehouse struggles (staff shortage, a new system): more late parcels.
        int months = (int) ChronoUnit.MONTHS.between(firstDay.withDayOfMonth(1), today.withDayOfMonth(1)) + 1;
        double[] warehouseTrouble = new double[months];
        for (int m = 0; m < months; m++) {
            warehouseTrouble[m] = dice.chance(0.15) ? 2.5 : 1.0;
        }
        for (LocalDate day = firstDay; day.isBefore(today); day = day.plusDays(1)) {
            double years = ChronoUnit.DAYS.between(firstDay, day) / 365.0;
            double expected = BASE_ORDERS_PER_DAY
                    * StrictMath.exp(lnGrowth * years)
                    * MONTH_FACTOR[day.getMonthValue() - 1]
                    * WEEKDAY_FACTOR[day.getDayOfWeek().getValue() - 1]
                    * eventFactor(day);
            int count = dice.poisson(expected);
            double mobileShare = 0.22 + 0.14 * years / 2;
            Placed[] placed = new Placed[count];
            for (int i = 0; i < count; i++) {
                double r = dice.uniform();
                boolean storeOpen = day.getDayOfWeek() != DayOfWeek.SUNDAY;
                String channel = storeOpen && r < 0.14 ? "store" : r < 0.14 + mobileShare ? "mobile" : "web";
                int hour = dice.weighted(channel.equals("store") ? STORE_HOURS : ONLINE_HOURS);
                placed[i] = new Placed(day.atTime(hour, dice.between(0, 59), dice.between(0, 59)), channel);
            }
            // Ids follow time within the day, as a database sequence would.
            Arrays.sort(placed, Comparator.comparing(Placed::at));
            int monthIndex = (int) ChronoUnit.MONTHS.between(firstDay.withDayOfMonth(1), day.withDayOfMonth(1));
            for (Placed p : placed) {
                sellOne(p, years, warehouseTrouble[monthIndex]);
            }
        }
    }

    private static double eventFactor(LocalDate day) {
        LocalDate blackFriday = LocalDate.of(day.getYear(), Month.NOVEMBER, 1)
                .with(TemporalAdjusters.dayOfWeekInMonth(4, DayOfWeek.THURSDAY))
                .plusDays(1);
        long fromBlackFriday = ChronoUnit.DAYS.between(blackFriday, day);
        if (fromBlackFriday >= 0 && fromBlackFriday <= 3) {
            return fromBlackFriday == 0 ? 2.8 : fromBlackFriday == 3 ? 2.2 : 1.6;
        }
        if (day.getMonth() == Month.DECEMBER) {
            int d = day.getDayOfMonth();
            if (d >= 24 && d <= 26) {
                return 0.35;
            }
            if (d > 26) {
                return 0.6;
            }
            if (d >= 10 && d <= 20) {
                return 1.25;
            }
        }
        return 1.0;
    }

    private boolean isBlackWeek(LocalDate day) {
        LocalDate blackFriday = LocalDate.of(day.getYear(), Month.NOVEMBER, 1)
                .with(TemporalAdjusters.dayOfWeekInMonth(4, DayOfWeek.THURSDAY))
                .plusDays(1);
        long d = ChronoUnit.DAYS.between(blackFriday, day);
        return d >= -4 && d <= 3;
    }

    private void sellOne(Placed placed, double years, double warehouseTrouble) {
        LocalDate day = placed.at().toLocalDate();
        Instant orderedAt = shopTime(placed.at());
        Customer customer = customerOn(day);
        int id = ++orderId;
        boolean store = placed.channel().equals("store");

        Integer employee = null;
        if (store) {
            List<Employee> reps = repsOn(customer.regionId(), day);
            employee = reps.isEmpty() ? null : dice.pick(reps).id();
        } else if (customer.accountManager() != null && dice.chance(0.6)) {
            Employee manager = staff.get(customer.accountManager() - 1);
            employee = manager.employedOn(day) ? manager.id() : null;
        }

        // Lines: most orders hold one or two products, businesses buy more and in bulk.
        int lineCount = 1;
        double more = customer.segment().equals("consumer") ? 0.42 : 0.6;
        while (lineCount < 6 && dice.chance(more)) {
            lineCount++;
        }
        Set<Integer> inOrder = new HashSet<>();
        int[] lineIds = new int[lineCount];
        int[] quantities = new int[lineCount];
        long[] netCents = new long[lineCount];
        Product[] lineProducts = new Product[lineCount];
        for (int l = 0; l < lineCount; l++) {
            Product product = productOn(day, inOrder);
            inOrder.add(product.id());
            int quantity = quantity(customer.segment());
            // List prices rose about 3.5 % a year, so older sales were cheaper than today's list.
            long unitCents = Math.round(product.listCents() / (1 + 0.035 * (HISTORY_DAYS / 365.0 - years)));
            int discountPermille = discountPermille(day, customer.segment(), product.department());
            lineIds[l] = ++lineId;
            quantities[l] = quantity;
            lineProducts[l] = product;
            netCents[l] = Math.round(unitCents * (1000 - discountPermille) / 1000.0);
            orderLines.add(lineIds[l], id, product.id(), quantity, money(unitCents), permille(discountPermille));
        }

        if (!store && dice.chance(0.035)) {
            orders.add(
                    id,
                    customer.id(),
                    employee,
                    "cancelled",
                    placed.channel(),
                    timestamp(orderedAt),
                    promisedShipDate(placed.at()));
            return;
        }
        if (store) {
            boolean allReturned = returnLines(lineIds, quantities, netCents, lineProducts, orderedAt, false);
            orders.add(
                    id,
                    customer.id(),
                    employee,
                    allReturned ? "returned" : "delivered",
                    "store",
                    timestamp(orderedAt),
                    null);
            return;
        }

        LocalDate promisedShip = promisedShipDate(placed.at());
        LocalDate shipDay = promisedShip;
        double lateChance = 0.05 * warehouseTrouble + (isPeak(day) ? 0.10 : 0);
        if (dice.chance(lateChance)) {
            shipDay = addBusinessDays(promisedShip, dice.between(1, 4));
        } else if (dice.chance(0.3) && isBusinessDay(day) && day.isBefore(promisedShip)) {
            shipDay = day;
        }
        LocalDateTime shipTime = shipDay.atTime(dice.between(16, 19), dice.between(0, 59), dice.between(0, 59));
        if (shipTime.isBefore(placed.at())) {
            // Ordered after the afternoon pick-up on its promised day: it leaves with the next one.
            shipDay = addBusinessDays(shipDay, 1);
            shipTime = shipDay.atTime(shipTime.toLocalTime());
        }
        Instant shippedAt = shopTime(shipTime);
        if (!shippedAt.isBefore(asOf)) {
            boolean unpaid = orderedAt.isAfter(asOf.minus(1, ChronoUnit.DAYS)) && dice.chance(0.3);
            orders.add(
                    id,
                    customer.id(),
                    employee,
                    unpaid ? "placed" : "paid",
                    placed.channel(),
                    timestamp(orderedAt),
                    promisedShip);
            return;
        }

        String carrier = carrier(customer.country().isoCode());
        int standardTransit = transitDays(customer.country().isoCode(), carrier);
        LocalDate promisedBy = addBusinessDays(promisedShip, standardTransit);
        int transit = standardTransit + (dice.chance(0.07) ? dice.between(1, 3) : 0);
        LocalDateTime deliveryTime =
                addBusinessDays(shipDay, transit).atTime(dice.between(9, 19), dice.between(0, 59), dice.between(0, 59));
        Instant deliveredAt = shopTime(deliveryTime);
        boolean inTransit = !deliveredAt.isBefore(asOf);
        shipments.add(
                ++shipmentId,
                id,
                carrier,
                trackingNumber(carrier),
                timestamp(shippedAt),
                promisedBy,
                inTransit ? null : timestamp(deliveredAt));
        if (inTransit) {
            orders.add(id, customer.id(), employee, "shipped", placed.channel(), timestamp(orderedAt), promisedShip);
            return;
        }
        boolean late = deliveryTime.toLocalDate().isAfter(promisedBy);
        boolean allReturned = returnLines(lineIds, quantities, netCents, lineProducts, deliveredAt, late);
        orders.add(
                id,
                customer.id(),
                employee,
                allReturned ? "returned" : "delivered",
                placed.channel(),
                timestamp(orderedAt),
                promisedShip);
    }

    private int quantity(String segment) {
        if (!segment.equals("consumer") && dice.chance(0.3)) {
            return dice.between(3, 20);
        }
        double r = dice.uniform();
        return r < 0.78 ? 1 : r < 0.93 ? 2 : r < 0.97 ? 3 : dice.between(4, 6);
    }

    private int discountPermille(LocalDate day, String segment, Catalog.Department department) {
        if (isBlackWeek(day) && dice.chance(0.6)) {
            return dice.pick(List.of(150, 200, 250, 300));
        }
        if (department.code().equals("FA")
                && day.getMonth() == Month.JANUARY
                && day.getDayOfMonth() <= 20
                && dice.chance(0.4)) {
            return dice.pick(List.of(300, 400, 500));
        }
        if (day.getMonth() == Month.DECEMBER && day.getDayOfMonth() <= 20 && dice.chance(0.15)) {
            return 100;
        }
        if (dice.chance(0.06)) {
            return dice.pick(List.of(50, 100));
        }
        return switch (segment) {
            case "corporate" -> 80;
            case "small_business" -> 30;
            default -> 0;
        };
    }

    /**
     * Decides which lines come back. Returns whether every unit of every line came back, which is
     * what the order status "returned" means.
     */
    private boolean returnLines(
            int[] lineIds,
            int[] quantities,
            long[] netCents,
            Product[] lineProducts,
            Instant receivedAt,
            boolean arrivedLate) {
        boolean whole = dice.chance(0.015);
        boolean all = true;
        for (int l = 0; l < lineIds.length; l++) {
            Catalog.Department dept = lineProducts[l].department();
            double rate = dept.returnRate() + (arrivedLate ? 0.08 : 0);
            if (!whole && !dice.chance(rate)) {
                all = false;
                continue;
            }
            Instant returnedAt = receivedAt
                    .plus(dice.between(2, 28), ChronoUnit.DAYS)
                    .plus(dice.between(8 * 60, 17 * 60), ChronoUnit.MINUTES)
                    .truncatedTo(ChronoUnit.MINUTES);
            if (!returnedAt.isBefore(asOf)) {
                all = false;
                continue;
            }
            int quantity = quantities[l] == 1 || dice.chance(0.7) ? quantities[l] : dice.between(1, quantities[l] - 1);
            if (quantity < quantities[l]) {
                all = false;
            }
            String reason = reason(dept, arrivedLate);
            String refund;
            if (returnedAt.isAfter(asOf.minus(6, ChronoUnit.DAYS)) && dice.chance(0.6)) {
                refund = null;
            } else {
                double share = (reason.equals("changed_mind") || reason.equals("not_as_described")) && dice.chance(0.12)
                        ? 0.5 + 0.4 * dice.uniform()
                        : 1.0;
                refund = money(Math.round(netCents[l] * quantity * share));
            }
            Integer handledBy = dice.chance(0.4) ? supportAgentOn(LocalDate.ofInstant(returnedAt, SHOP_ZONE)) : null;
            returns.add(++returnId, lineIds[l], quantity, reason, timestamp(returnedAt), refund, handledBy);
        }
        return all;
    }

    private String reason(Catalog.Department dept, boolean arrivedLate) {
        if (arrivedLate && dice.chance(0.4)) {
            return "arrived_late";
        }
        if (dept.code().equals("FA")) {
            return switch (dice.weighted(new double[] {30, 25, 15, 20, 5, 5})) {
                case 0 -> "too_small";
                case 1 -> "too_large";
                case 2 -> "not_as_described";
                case 3 -> "changed_mind";
                case 4 -> "damaged";
                default -> "wrong_item";
            };
        }
        return switch (dice.weighted(new double[] {25, 25, 30, 15})) {
            case 0 -> "damaged";
            case 1 -> "not_as_described";
            case 2 -> "changed_mind";
            default -> "wrong_item";
        };
    }

    // ---------------------------------------------------------------- shipping

    private static boolean isPeak(LocalDate day) {
        return (day.getMonth() == Month.NOVEMBER && day.getDayOfMonth() >= 20)
                || (day.getMonth() == Month.DECEMBER && day.getDayOfMonth() <= 23);
    }

    /** Orders placed before noon on a working day are promised to leave the same day. */
    private static LocalDate promisedShipDate(LocalDateTime orderedAt) {
        LocalDate day = orderedAt.toLocalDate();
        if (isBusinessDay(day) && orderedAt.toLocalTime().isBefore(LocalTime.NOON)) {
            return day;
        }
        return addBusinessDays(day, 1);
    }

    private static boolean isBusinessDay(LocalDate day) {
        return day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY;
    }

    private static LocalDate addBusinessDays(LocalDate from, int days) {
        LocalDate d = from;
        for (int added = 0; added < days; ) {
            d = d.plusDays(1);
            if (isBusinessDay(d)) {
                added++;
            }
        }
        return d;
    }

    private String carrier(String iso) {
        return switch (iso) {
            case "DE", "AT", "CH" ->
                pickWeighted(new String[] {"DHL", "DPD", "GLS", "UPS"}, new double[] {50, 25, 15, 10});
            case "NL", "BE" -> pickWeighted(new String[] {"PostNL", "DHL", "UPS"}, new double[] {60, 25, 15});
            case "FR" -> pickWeighted(new String[] {"Colissimo", "DPD", "UPS"}, new double[] {55, 25, 20});
            case "GB", "IE", "JP", "AU" -> pickWeighted(new String[] {"UPS", "DHL"}, new double[] {60, 40});
            default -> pickWeighted(new String[] {"DHL", "DPD", "UPS", "GLS"}, new double[] {40, 25, 25, 10});
        };
    }

    private String pickWeighted(String[] values, double[] weights) {
        return values[dice.weighted(weights)];
    }

    private static int transitDays(String iso, String carrier) {
        int base = switch (iso) {
            case "DE" -> 1;
            case "AT", "CH", "NL", "BE", "FR", "DK", "PL", "CZ" -> 2;
            case "JP", "AU" -> 5;
            default -> 3;
        };
        return base + (carrier.equals("GLS") || carrier.equals("Colissimo") ? 1 : 0);
    }

    private String trackingNumber(String carrier) {
        String digits = String.valueOf(1_000_000_000L + (long) (dice.uniform() * 8_999_999_999L));
        return switch (carrier) {
            case "UPS" -> "1Z" + digits + dice.between(10, 99);
            case "DHL" -> "JJD" + digits;
            case "PostNL" -> "3S" + digits;
            case "Colissimo" -> "6A" + digits;
            default -> carrier.substring(0, 2).toUpperCase(Locale.ROOT) + digits;
        };
    }

    // ---------------------------------------------------------------- formatting

    private static Instant shopTime(LocalDateTime local) {
        return local.atZone(SHOP_ZONE).toInstant();
    }

    private static String timestamp(Instant instant) {
        return TIMESTAMP.format(instant.atOffset(ZoneOffset.UTC));
    }

    static String money(long cents) {
        return (cents / 100) + "." + String.format(Locale.ROOT, "%02d", cents % 100);
    }

    private static String permille(int permille) {
        return "0." + String.format(Locale.ROOT, "%03d", permille);
    }
}
