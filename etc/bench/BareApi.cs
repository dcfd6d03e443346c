#:sdk Microsoft.NET.Sdk.Web
#:package Npgsql@10.0.0
#:package Microsoft.AspNetCore.Authentication.JwtBearer@10.0.12
#:property ManagePackageVersionsCentrally=false
#:property PublishAot=false
#:property NoWarn=$(NoWarn);CA1050;CS1591;CA1515;CA1812;CA2007;CA1849;CA2100;CA1305;CA1031;CA2234;CA1852;CA1062;CA1707

// The baseline of the kit-overhead benchmark (docs/benchmarks.md §6a and "Issue 13", etc/bench/Issue5Benchmark.cs): a
// bare minimal-API host that runs the SAME SQL as the FitSaaS host's two endpoints — the statements EF Core
// generates for them, captured with log_statement=all — on the same PostgreSQL database, with plain Npgsql and
// no kit: no tenant resolution, no permissions, no validation, no unit of work. With a third argument (the kit's
// URL) it validates the SAME RS256 access token as the kit with JwtBearer (signing keys from the kit's discovery
// document, issuer and lifetime checked) and takes the tenant ("tenantid") and the member ("sub") from it, and the
// booking writes the audit entry the kit writes for it (entry, action, the Booking's entity change and its 7 property
// changes) in the booking's transaction, one round trip. Without it the caller names the tenant and the member in
// the X-Bench-Tenant / X-Bench-Member headers and nothing is audited (the issue-5 baseline). Row-level security
// applies as for the kit (same role, same set_config).
//   dotnet run -c Release etc/bench/BareApi.cs -- <url> <PostgreSQL connection string> [<kit URL>]
//   GET  /bare/class-sessions?maxResultCount=10      ~ GET  /api/bookings/class-sessions?maxResultCount=10
//   POST /bare/bookings {"classSessionId": "..."}     ~ POST /api/bookings/bookings
using System.Security.Claims;
using System.Text.Json;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Npgsql;
using NpgsqlTypes;

var builder = WebApplication.CreateSlimBuilder(args);
builder.Logging.ClearProviders();
builder.WebHost.UseUrls(args[0]);
// The kit's connection settings: its statements are prepared automatically (ADR 0046), so the baseline's are too.
builder.Services.AddSingleton(NpgsqlDataSource.Create(new NpgsqlConnectionStringBuilder(args[1]) { MaxAutoPrepare = 64 }.ConnectionString));
builder.Services.ConfigureHttpJsonOptions(o => o.SerializerOptions.PropertyNamingPolicy = JsonNamingPolicy.CamelCase);
var kitUrl = args.Length > 2 ? args[2].TrimEnd('/') : null;
if (kitUrl is not null)
{
    builder.Services.AddAuthentication(JwtBearerDefaults.AuthenticationScheme).AddJwtBearer(o =>
    {
        o.MetadataAddress = kitUrl + "/.well-known/openid-configuration";
        o.RequireHttpsMetadata = false;
        o.MapInboundClaims = false;
        o.TokenValidationParameters.ValidateAudience = false; // the kit's resource server checks no audience either
        o.TokenValidationParameters.ValidAlgorithms = ["RS256"];
    });
    builder.Services.AddAuthorization();
}

var app = builder.Build();
if (kitUrl is not null)
{
    app.UseAuthentication();
    app.UseAuthorization();
}

var auditing = kitUrl is not null;

const string SetTenant = "SELECT set_config('fitsaas.tenant_id', $1, false), set_config('fitsaas.bypass_rls', $2, false)";
const string SessionColumns = "c.\"Id\", c.\"Capacity\", c.\"ClassTypeId\", c.\"CoachId\", c.\"ConcurrencyStamp\", c.\"ConfirmedCount\", c.\"CreationTime\", c.\"CreatorId\", c.\"DeleterId\", c.\"DeletionTime\", c.\"DurationMinutes\", c.\"IsDeleted\", c.\"LastModificationTime\", c.\"LastModifierId\", c.\"LocationId\", c.\"LockVersion\", c.\"StartsAtUtc\", c.\"TenantId\", c.\"WaitlistCount\"";
const string TenantFilter = "($1 OR NOT (c.\"IsDeleted\")) AND ($2 OR c.\"TenantId\" = $3)";

app.MapGet("/health", () => "ok");

var list = app.MapGet("/bare/class-sessions", async (HttpContext http, NpgsqlDataSource db, int? skipCount, int? maxResultCount) =>
{
    var tenantId = Caller(http, "tenantid", "X-Bench-Tenant");
    await using var connection = await db.OpenConnectionAsync();
    await SetTenantAsync(connection, null, tenantId);

    long total;
    await using (var count = new NpgsqlCommand($"SELECT count(*) FROM \"ClassSessions\" AS c WHERE {TenantFilter}", connection))
    {
        AddFilter(count, tenantId);
        total = (long)(await count.ExecuteScalarAsync())!;
    }

    var sessions = new List<Session>();
    await using (var page = new NpgsqlCommand(
        $"SELECT {SessionColumns} FROM \"ClassSessions\" AS c WHERE {TenantFilter} ORDER BY c.\"StartsAtUtc\", c.\"Id\" LIMIT $4 OFFSET $5", connection))
    {
        AddFilter(page, tenantId);
        page.Parameters.Add(new NpgsqlParameter<int> { TypedValue = maxResultCount ?? 10 });
        page.Parameters.Add(new NpgsqlParameter<int> { TypedValue = skipCount ?? 0 });
        await using var reader = await page.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            sessions.Add(ReadSession(reader));
        }
    }

    var typeNames = await NamesAsync(connection, tenantId,
        "SELECT c.\"Id\", c.\"ConcurrencyStamp\", c.\"CreationTime\", c.\"CreatorId\", c.\"DefaultCapacity\", c.\"DeleterId\", c.\"DeletionTime\", c.\"Description\", c.\"DurationMinutes\", c.\"IsDeleted\", c.\"LastModificationTime\", c.\"LastModifierId\", c.\"Name\", c.\"TenantId\" FROM \"ClassTypes\" AS c WHERE ($1 OR NOT (c.\"IsDeleted\")) AND ($2 OR c.\"TenantId\" = $3) AND c.\"Id\" = ANY ($4)",
        sessions.Select(s => s.ClassTypeId).Distinct().ToArray(), nameOrdinal: 12, timeZoneOrdinal: -1);
    var places = await NamesAsync(connection, tenantId,
        "SELECT l.\"Id\", l.\"ConcurrencyStamp\", l.\"CreationTime\", l.\"CreatorId\", l.\"DeleterId\", l.\"DeletionTime\", l.\"IsDeleted\", l.\"LastModificationTime\", l.\"LastModifierId\", l.\"Name\", l.\"TenantId\", l.\"TimeZoneId\" FROM \"Locations\" AS l WHERE ($1 OR NOT (l.\"IsDeleted\")) AND ($2 OR l.\"TenantId\" = $3) AND l.\"Id\" = ANY ($4)",
        sessions.Select(s => s.LocationId).Distinct().ToArray(), nameOrdinal: 9, timeZoneOrdinal: 11);

    return Results.Ok(new
    {
        Items = sessions.Select(s => new
        {
            s.Id,
            s.ClassTypeId,
            ClassTypeName = typeNames.GetValueOrDefault(s.ClassTypeId).Name,
            s.LocationId,
            LocationName = places.GetValueOrDefault(s.LocationId).Name,
            places.GetValueOrDefault(s.LocationId).TimeZoneId,
            s.StartsAtUtc,
            EndsAtUtc = s.StartsAtUtc.AddMinutes(s.DurationMinutes),
            s.DurationMinutes,
            s.Capacity,
            s.CoachId,
            s.ConfirmedCount,
            s.WaitlistCount,
            AvailableSeats = Math.Max(0, s.Capacity - s.ConfirmedCount),
            s.CreationTime,
            s.ConcurrencyStamp,
        }).ToList(),
        TotalCount = total,
    });
});

var book = app.MapPost("/bare/bookings", async (HttpContext http, NpgsqlDataSource db, BookingInput input) =>
{
    var started = System.Diagnostics.Stopwatch.GetTimestamp();
    var tenantId = Caller(http, "tenantid", "X-Bench-Tenant");
    var memberId = Caller(http, "sub", "X-Bench-Member");
    var now = DateTime.UtcNow;
    now = new DateTime(now.Ticks - (now.Ticks % 10), DateTimeKind.Utc);
    await using var connection = await db.OpenConnectionAsync();
    await using var transaction = await connection.BeginTransactionAsync(System.Data.IsolationLevel.ReadCommitted);
    await SetTenantAsync(connection, transaction, tenantId);

    await using (var lockRow = new NpgsqlCommand(
        $"UPDATE \"ClassSessions\" AS c SET \"LockVersion\" = c.\"LockVersion\" + 1 WHERE {TenantFilter} AND c.\"Id\" = $4", connection, transaction))
    {
        AddFilter(lockRow, tenantId);
        lockRow.Parameters.Add(new NpgsqlParameter<Guid> { TypedValue = input.ClassSessionId });
        if (await lockRow.ExecuteNonQueryAsync() == 0)
        {
            return Results.NotFound();
        }
    }

    Session session;
    await using (var read = new NpgsqlCommand($"SELECT {SessionColumns} FROM \"ClassSessions\" AS c WHERE {TenantFilter} AND c.\"Id\" = $4 LIMIT 1", connection, transaction))
    {
        AddFilter(read, tenantId);
        read.Parameters.Add(new NpgsqlParameter<Guid> { TypedValue = input.ClassSessionId });
        await using var reader = await read.ExecuteReaderAsync();
        await reader.ReadAsync();
        session = ReadSession(reader);
    }

    if (now >= session.StartsAtUtc)
    {
        return Results.Conflict(new { code = "Bookings:SessionStarted" });
    }

    await using (var active = new NpgsqlCommand(
        "SELECT b.\"Id\", b.\"BookedAtUtc\", b.\"CancelledAtUtc\", b.\"ClassSessionId\", b.\"ConcurrencyStamp\", b.\"CreationTime\", b.\"CreatorId\", b.\"LastModificationTime\", b.\"LastModifierId\", b.\"MemberId\", b.\"PromotedAtUtc\", b.\"Status\", b.\"TenantId\", b.\"WaitlistPosition\" FROM \"Bookings\" AS b WHERE ($1 OR b.\"TenantId\" = $2) AND b.\"ClassSessionId\" = $3 AND b.\"MemberId\" = $4 AND b.\"Status\" <> 'Cancelled' LIMIT 1",
        connection, transaction))
    {
        active.Parameters.Add(new NpgsqlParameter<bool> { TypedValue = false });
        active.Parameters.Add(new NpgsqlParameter<Guid> { TypedValue = tenantId });
        active.Parameters.Add(new NpgsqlParameter<Guid> { TypedValue = input.ClassSessionId });
        active.Parameters.Add(new NpgsqlParameter<Guid> { TypedValue = memberId });
        if (await active.ExecuteScalarAsync() is not null)
        {
            return Results.Conflict(new { code = "Bookings:AlreadyBooked" });
        }
    }

    if (session.ConfirmedCount >= session.Capacity)
    {
        return Results.Conflict(new { code = "Bookings:SessionFull" });
    }

    var bookingId = Guid.CreateVersion7();
    await using (var insert = new NpgsqlCommand(
        "INSERT INTO \"Bookings\" (\"Id\", \"BookedAtUtc\", \"CancelledAtUtc\", \"ClassSessionId\", \"ConcurrencyStamp\", \"CreationTime\", \"CreatorId\", \"LastModificationTime\", \"LastModifierId\", \"MemberId\", \"PromotedAtUtc\", \"Status\", \"TenantId\", \"WaitlistPosition\") VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14)",
        connection, transaction))
    {
        insert.Parameters.Add(new NpgsqlParameter<Guid> { TypedValue = bookingId });
        insert.Parameters.Add(new NpgsqlParameter<DateTime> { TypedValue = now });
        insert.Parameters.Add(new NpgsqlParameter { Value = DBNull.Value, NpgsqlDbType = NpgsqlDbType.TimestampTz });
        insert.Parameters.Add(new NpgsqlParameter<Guid> { TypedValue = input.ClassSessionId });
        insert.Parameters.Add(new NpgsqlParameter<string> { TypedValue = Guid.NewGuid().ToString("N") });
        insert.Parameters.Add(new NpgsqlParameter<DateTime> { TypedValue = now });
        insert.Parameters.Add(new NpgsqlParameter<Guid> { TypedValue = memberId });
        insert.Parameters.Add(new NpgsqlParameter { Value = DBNull.Value, NpgsqlDbType = NpgsqlDbType.TimestampTz });
        insert.Parameters.Add(new NpgsqlParameter { Value = DBNull.Value, NpgsqlDbType = NpgsqlDbType.Uuid });
        insert.Parameters.Add(new NpgsqlParameter<Guid> { TypedValue = memberId });
        insert.Parameters.Add(new NpgsqlParameter { Value = DBNull.Value, NpgsqlDbType = NpgsqlDbType.TimestampTz });
        insert.Parameters.Add(new NpgsqlParameter<string> { TypedValue = "Confirmed" });
        insert.Parameters.Add(new NpgsqlParameter<Guid> { TypedValue = tenantId });
        insert.Parameters.Add(new NpgsqlParameter { Value = DBNull.Value, NpgsqlDbType = NpgsqlDbType.Integer });
        await insert.ExecuteNonQueryAsync();
    }

    await using (var update = new NpgsqlCommand(
        "UPDATE \"ClassSessions\" SET \"ConcurrencyStamp\" = $1, \"ConfirmedCount\" = $2, \"LastModificationTime\" = $3, \"LastModifierId\" = $4 WHERE \"Id\" = $5 AND \"ConcurrencyStamp\" = $6",
        connection, transaction))
    {
        update.Parameters.Add(new NpgsqlParameter<string> { TypedValue = Guid.NewGuid().ToString("N") });
        update.Parameters.Add(new NpgsqlParameter<int> { TypedValue = session.ConfirmedCount + 1 });
        update.Parameters.Add(new NpgsqlParameter<DateTime> { TypedValue = now });
        update.Parameters.Add(new NpgsqlParameter<Guid> { TypedValue = memberId });
        update.Parameters.Add(new NpgsqlParameter<Guid> { TypedValue = session.Id });
        update.Parameters.Add(new NpgsqlParameter<string> { TypedValue = session.ConcurrencyStamp });
        if (await update.ExecuteNonQueryAsync() != 1)
        {
            return Results.Conflict(new { code = "Concurrency" });
        }
    }

    if (auditing)
    {
        await WriteAuditAsync(connection, transaction, http, tenantId, memberId, bookingId, input.ClassSessionId, now,
            (int)System.Diagnostics.Stopwatch.GetElapsedTime(started).TotalMilliseconds);
    }

    await transaction.CommitAsync();
    return Results.Ok(new
    {
        Id = bookingId,
        ClassSessionId = session.Id,
        MemberId = memberId,
        Status = "Confirmed",
        WaitlistPosition = (int?)null,
        BookedAtUtc = now,
        CancelledAtUtc = (DateTime?)null,
        PromotedAtUtc = (DateTime?)null,
    });
});

if (kitUrl is not null)
{
    list.RequireAuthorization();
    book.RequireAuthorization();
}

await app.RunAsync();

static Guid Caller(HttpContext http, string claim, string header) =>
    Guid.Parse(http.User.FindFirstValue(claim) ?? http.Request.Headers[header].ToString());

// The rows the kit's audit writer inserts for one booking (AuditLogWriter: entry, action, entity change of the Booking
// and its 7 non-null properties; ClassSession and MemberBookingSummary are not opted into entity history), in one batch.
static async Task WriteAuditAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, HttpContext http, Guid tenantId, Guid memberId,
    Guid bookingId, Guid sessionId, DateTime now, int durationMs)
{
    await using var batch = new NpgsqlBatch(connection, transaction);
    var logId = Guid.CreateVersion7();
    batch.BatchCommands.Add(Command(
        "INSERT INTO \"AuditLogs\" (\"Id\", \"ClientId\", \"ClientIpAddress\", \"ConcurrencyStamp\", \"CorrelationId\", \"DurationMs\", \"Exception\", \"ExecutionTimeUtc\", \"HasException\", \"HttpMethod\", \"HttpStatusCode\", \"ImpersonatorTenantId\", \"ImpersonatorUserId\", \"TenantId\", \"TenantName\", \"Url\", \"UserId\", \"UserName\") VALUES ($1, $2, $3, $4, $5, $6, NULL, $7, FALSE, 'POST', 200, NULL, NULL, $8, 'bench', '/api/bookings/bookings', $9, $10)",
        logId, http.User.FindFirstValue("client_id") ?? "FitSaaS_App", http.Connection.RemoteIpAddress?.ToString() ?? "", Guid.NewGuid().ToString("N"),
        System.Diagnostics.Activity.Current?.Id ?? http.TraceIdentifier, durationMs, now, tenantId, memberId, http.User.FindFirstValue("name") ?? ""));
    batch.BatchCommands.Add(Command(
        "INSERT INTO \"AuditLogActions\" (\"Id\", \"AuditLogId\", \"DurationMs\", \"Exception\", \"ExecutionTimeUtc\", \"MethodName\", \"Parameters\", \"ServiceName\", \"TenantId\") VALUES ($1, $2, $3, NULL, $4, 'CreateAsync', $5, 'FitSaaS.Bookings.IBookingAppService', $6)",
        Guid.CreateVersion7(), logId, durationMs, now, $"{{\"input\":{{\"classSessionId\":\"{sessionId}\",\"memberId\":null}}}}", tenantId));
    var changeId = Guid.CreateVersion7();
    batch.BatchCommands.Add(Command(
        "INSERT INTO \"AuditLogEntityChanges\" (\"Id\", \"AuditLogId\", \"ChangeTimeUtc\", \"ChangeType\", \"EntityId\", \"EntityTenantId\", \"EntityTypeFullName\", \"TenantId\") VALUES ($1, $2, $3, 'Created', $4, $5, 'FitSaaS.Bookings.Booking', $5)",
        changeId, logId, now, bookingId.ToString(), tenantId));
    var nowJson = JsonSerializer.Serialize(now);
    foreach (var (name, type, value) in new (string, string, string)[]
    {
        ("BookedAtUtc", "System.DateTime", nowJson), ("ClassSessionId", "System.Guid", $"\"{sessionId}\""), ("CreationTime", "System.DateTime", nowJson),
        ("CreatorId", "System.Guid", $"\"{memberId}\""), ("MemberId", "System.Guid", $"\"{memberId}\""), ("Status", "System.String", "\"Confirmed\""),
        ("TenantId", "System.Guid", $"\"{tenantId}\""),
    })
    {
        batch.BatchCommands.Add(Command(
            "INSERT INTO \"AuditLogPropertyChanges\" (\"Id\", \"EntityChangeId\", \"NewValue\", \"OriginalValue\", \"PropertyName\", \"PropertyTypeFullName\", \"TenantId\") VALUES ($1, $2, $3, NULL, $4, $5, $6)",
            Guid.CreateVersion7(), changeId, value, name, type, tenantId));
    }

    await batch.ExecuteNonQueryAsync();

    static NpgsqlBatchCommand Command(string sql, params object[] values)
    {
        var command = new NpgsqlBatchCommand(sql);
        foreach (var value in values)
        {
            command.Parameters.Add(new NpgsqlParameter { Value = value });
        }

        return command;
    }
}

static async Task SetTenantAsync(NpgsqlConnection connection, NpgsqlTransaction? transaction, Guid tenantId)
{
    await using var command = new NpgsqlCommand(SetTenant, connection, transaction);
    command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = tenantId.ToString() });
    command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = "off" });
    await command.ExecuteNonQueryAsync();
}

static void AddFilter(NpgsqlCommand command, Guid tenantId)
{
    command.Parameters.Add(new NpgsqlParameter<bool> { TypedValue = false });
    command.Parameters.Add(new NpgsqlParameter<bool> { TypedValue = false });
    command.Parameters.Add(new NpgsqlParameter<Guid> { TypedValue = tenantId });
}

static Session ReadSession(NpgsqlDataReader r) => new(
    r.GetGuid(0), r.GetInt32(1), r.GetGuid(2), r.IsDBNull(3) ? null : r.GetGuid(3), r.GetString(4), r.GetInt32(5), r.GetDateTime(6),
    r.GetInt32(10), r.GetGuid(14), r.GetDateTime(16), r.GetInt32(18));

static async Task<Dictionary<Guid, (string Name, string? TimeZoneId)>> NamesAsync(
    NpgsqlConnection connection, Guid tenantId, string sql, Guid[] ids, int nameOrdinal, int timeZoneOrdinal)
{
    var result = new Dictionary<Guid, (string, string?)>();
    await using var command = new NpgsqlCommand(sql, connection);
    AddFilter(command, tenantId);
    command.Parameters.Add(new NpgsqlParameter<Guid[]> { TypedValue = ids });
    await using var reader = await command.ExecuteReaderAsync();
    while (await reader.ReadAsync())
    {
        result[reader.GetGuid(0)] = (reader.GetString(nameOrdinal), timeZoneOrdinal < 0 ? null : reader.GetString(timeZoneOrdinal));
    }

    return result;
}

internal sealed record BookingInput(Guid ClassSessionId, Guid? MemberId);

internal readonly record struct Session(
    Guid Id, int Capacity, Guid ClassTypeId, Guid? CoachId, string ConcurrencyStamp, int ConfirmedCount, DateTime CreationTime,
    int DurationMinutes, Guid LocationId, DateTime StartsAtUtc, int WaitlistCount);
