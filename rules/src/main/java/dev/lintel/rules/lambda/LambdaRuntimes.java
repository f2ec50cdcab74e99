package dev.lintel.rules.lambda;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

/**
 * The Lambda runtime table (RULES.md §2.4): identifier, deprecation date, the dates from which
 * Lambda blocks creating and updating functions, and the replacement. Compiled on 2026-11-21
 * from the AWS Lambda Developer Guide, "Lambda runtimes" (supported and deprecated runtime
 * tables), which by then had moved the Amazon Linux 2 runtimes' deprecation (Python 3.11,
 * Java 8/11/17) to 2027-06-30 and the update block of the deprecated runtimes to 2027-08-31;
 * {@code -} marks a block-create date the page does not give. Update it from that page when AWS
 * announces new dates.
 */
public final class LambdaRuntimes {

  /** One runtime; {@code blockCreate} is null when AWS has not announced it. */
  public record Runtime(String id, LocalDate deprecated, LocalDate blockCreate, LocalDate blockUpdate,
      String successor) {}

  /** The data version named in messages. */
  public static final String VERSION = "2026-11-21";

  private static final Map<String, Runtime> TABLE = new HashMap<>();

  static {
    String[] rows = {
        // id, deprecated, block create, block update, replacement
        "nodejs 2016-10-31 2016-10-31 2016-10-31 nodejs22.x",
        "nodejs4.3 2020-03-05 2020-03-05 2020-03-05 nodejs22.x",
        "nodejs4.3-edge 2019-04-30 2019-04-30 2019-04-30 nodejs22.x",
        "nodejs6.10 2019-08-12 2019-08-12 2019-08-12 nodejs22.x",
        "nodejs8.10 2020-03-06 2020-03-06 2020-03-06 nodejs22.x",
        "nodejs10.x 2021-07-30 2021-07-30 2022-02-14 nodejs22.x",
        "nodejs12.x 2023-03-31 2023-03-31 2023-04-30 nodejs22.x",
        "nodejs14.x 2023-12-04 - 2027-08-31 nodejs22.x",
        "nodejs16.x 2024-06-12 - 2027-08-31 nodejs22.x",
        "nodejs18.x 2025-09-01 - 2027-08-31 nodejs22.x",
        "nodejs20.x 2026-04-30 - 2027-08-31 nodejs22.x",
        "nodejs22.x 2027-04-30 2027-06-01 2027-07-01 nodejs24.x",
        "nodejs24.x 2028-04-30 2028-06-01 2028-07-01 -",
        "python2.7 2021-07-15 2021-07-15 2022-05-30 python3.13",
        "python3.6 2022-07-18 2022-07-18 2022-08-29 python3.13",
        "python3.7 2023-12-04 - 2027-08-31 python3.13",
        "python3.8 2024-10-14 - 2027-08-31 python3.13",
        "python3.9 2025-12-15 - 2027-08-31 python3.13",
        "python3.10 2026-10-31 - 2027-08-31 python3.13",
        "python3.11 2027-06-30 2027-07-31 2027-08-31 python3.13",
        "python3.12 2028-10-31 2028-11-30 2029-01-10 python3.13",
        "python3.13 2029-06-30 2029-07-31 2029-08-31 -",
        "python3.14 2029-06-30 2029-07-31 2029-08-31 -",
        "java8 2024-01-08 - 2027-08-31 java21",
        "java8.al2 2027-06-30 - 2027-08-31 java21",
        "java8.al2023 2029-06-30 - 2029-08-31 -",
        "java11 2027-06-30 - 2027-08-31 java21",
        "java11.al2023 2029-06-30 - 2029-08-31 -",
        "java17 2027-06-30 - 2027-08-31 java21",
        "java17.al2023 2029-06-30 - 2029-08-31 -",
        "java21 2029-06-30 2029-07-31 2029-08-31 -",
        "java25 2029-06-30 2029-07-31 2029-08-31 -",
        "dotnetcore1.0 2019-06-27 2019-07-30 2019-07-30 dotnet10",
        "dotnetcore2.0 2019-05-30 2019-05-30 2019-05-30 dotnet10",
        "dotnetcore2.1 2022-01-05 2022-01-05 2022-04-13 dotnet10",
        "dotnetcore3.1 2023-04-03 2023-04-03 2023-05-03 dotnet10",
        "dotnet5.0 2022-05-10 2022-05-10 2022-05-10 dotnet10",
        "dotnet6 2024-12-20 - 2027-08-31 dotnet10",
        "dotnet7 2024-05-14 2024-05-14 2024-05-14 dotnet10",
        "dotnet8 2026-11-10 - 2027-08-31 dotnet10",
        "dotnet10 2028-11-14 2028-12-14 2029-01-15 -",
        "ruby2.5 2021-07-30 2021-07-30 2022-03-31 ruby3.4",
        "ruby2.7 2023-12-07 - 2027-08-31 ruby3.4",
        "ruby3.2 2026-03-31 - 2027-08-31 ruby3.4",
        "ruby3.3 2027-03-31 - 2027-08-31 ruby3.4",
        "ruby3.4 2028-03-31 2028-04-30 2028-05-31 -",
        "ruby4.0 2029-03-31 - 2029-05-31 -",
        "go1.x 2024-01-08 - 2027-08-31 provided.al2023",
        "provided 2024-01-08 - 2027-08-31 provided.al2023",
        "provided.al2 2026-07-31 - 2027-08-31 provided.al2023",
        "provided.al2023 2029-06-30 2029-07-31 2029-08-31 -",
    };
    for (String row : rows) {
      String[] f = row.split(" ");
      TABLE.put(f[0], new Runtime(f[0], LocalDate.parse(f[1]), f[2].equals("-") ? null : LocalDate.parse(f[2]),
          LocalDate.parse(f[3]), f[4].equals("-") ? null : f[4]));
    }
  }

  private LambdaRuntimes() {}

  /** The runtime with this identifier, or null when Lambda has no such runtime. */
  public static Runtime find(String id) {
    return TABLE.get(id);
  }
}
