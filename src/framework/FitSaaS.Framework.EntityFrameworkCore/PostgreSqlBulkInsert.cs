using System.Data.Common;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;

namespace FitSaaS.Framework.EntityFrameworkCore;

// Why our own code (ADR 0039): COPY, what bulk-insert libraries use on PostgreSQL, is refused on tables with row-level
// security; EFCore.BulkExtensions is not served here; linq2db's multi-row bulk copy brings a second ORM whose commands
// bypass EF Core's interceptors, where the row-level-security session of the kit lives. One INSERT … SELECT FROM unnest()
// per entity type is what PostgreSQL's documentation suggests instead of COPY, and it stays one EF Core command.

/// <summary>
/// Inserts many rows of one entity type with a single PostgreSQL statement,
/// <c>INSERT INTO t (c1, …) SELECT * FROM unnest(@p0::type1[], …)</c>: one array parameter per column, read from the
/// EF Core model (table, column names and store types, value converters). Bypasses the change tracker and
/// <c>SaveChanges</c> (no concepts, no events, no entity-change auditing): for append-only rows whose every column is set
/// by the caller, such as audit entries. Runs as one EF Core command, so it joins the context's current transaction and
/// goes through its command interceptors (row-level security). Not for other providers: see <see cref="IsSupported"/>.
/// </summary>
public static class PostgreSqlBulkInsert
{
    private const string NpgsqlProviderName = "Npgsql.EntityFrameworkCore.PostgreSQL";

    /// <summary>True when <paramref name="context"/> runs on PostgreSQL (the Npgsql EF Core provider).</summary>
    public static bool IsSupported(DbContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return context.Database.ProviderName == NpgsqlProviderName;
    }

    /// <summary>
    /// Inserts <paramref name="entities"/> (every mapped column, values as the entities hold them) in one statement.
    /// Does nothing for an empty list.
    /// </summary>
    /// <exception cref="NotSupportedException">The provider is not PostgreSQL, or the type has a mapped property without a CLR member (shadow property) or is not mapped to a table.</exception>
    public static async Task InsertAsync<TEntity>(DbContext context, IReadOnlyList<TEntity> entities, CancellationToken cancellationToken = default)
        where TEntity : class
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(entities);
        if (!IsSupported(context))
        {
            throw new NotSupportedException($"{nameof(PostgreSqlBulkInsert)} needs PostgreSQL; the context runs on {context.Database.ProviderName}.");
        }

        if (entities.Count == 0)
        {
            return;
        }

        var entityType = context.Model.FindEntityType(typeof(TEntity))
            ?? throw new NotSupportedException($"{typeof(TEntity)} is not part of the model of {context.GetType().Name}.");
        var table = StoreObjectIdentifier.Create(entityType, StoreObjectType.Table)
            ?? throw new NotSupportedException($"{typeof(TEntity)} is not mapped to a table.");
        var sql = context.GetService<ISqlGenerationHelper>();

        var columns = new StringBuilder();
        var arrays = new StringBuilder();
        var parameters = new List<DbParameter>();
        await using var factory = context.Database.GetDbConnection().CreateCommand();
        foreach (var property in entityType.GetProperties())
        {
            if (property.GetColumnName(table) is not { } column)
            {
                continue;
            }

            if (property.IsShadowProperty())
            {
                throw new NotSupportedException($"{typeof(TEntity)}.{property.Name} is a shadow property; bulk insert reads values from the entities.");
            }

            var parameter = factory.CreateParameter();
            parameter.ParameterName = "p" + parameters.Count.ToString(System.Globalization.CultureInfo.InvariantCulture);
            parameter.Value = ColumnValues(property, entities);
            parameters.Add(parameter);
            if (columns.Length > 0)
            {
                columns.Append(", ");
                arrays.Append(", ");
            }

            columns.Append(sql.DelimitIdentifier(column));
            arrays.Append('@').Append(parameter.ParameterName).Append("::").Append(ArrayElementType(property.GetColumnType(table))).Append("[]");
        }

        var statement = $"INSERT INTO {sql.DelimitIdentifier(table.Name, table.Schema)} ({columns}) SELECT * FROM unnest({arrays})";
        await context.Database.ExecuteSqlRawAsync(statement, parameters, cancellationToken);
    }

    // The array is cast to the column's type without its length or precision: an explicit cast to varchar(n) would cut a
    // longer value silently, where the INSERT's own assignment to the column rejects it as SaveChanges would.
    private static string ArrayElementType(string columnType) =>
        columnType.IndexOf('(', StringComparison.Ordinal) is var open and >= 0 && columnType.IndexOf(')', open) is var close and >= 0
            ? (columnType[..open].TrimEnd() + columnType[(close + 1)..]).TrimEnd()
            : columnType;

    // One typed array per column (Npgsql sends Guid?[] as uuid[], string[] as text[], and so on); values go through the
    // property's value converter, as SaveChanges would send them.
    private static Array ColumnValues<TEntity>(IProperty property, IReadOnlyList<TEntity> entities)
        where TEntity : class
    {
        var getter = property.GetGetter();
        var converter = property.GetTypeMapping().Converter;
        var elementType = converter?.ProviderClrType ?? property.ClrType;
        if (elementType.IsValueType && Nullable.GetUnderlyingType(elementType) is null && property.IsNullable)
        {
            elementType = typeof(Nullable<>).MakeGenericType(elementType);
        }

        var values = Array.CreateInstance(elementType, entities.Count);
        for (var i = 0; i < entities.Count; i++)
        {
            var value = getter.GetClrValueUsingContainingEntity(entities[i]);
            values.SetValue(value is null || converter is null ? value : converter.ConvertToProvider(value), i);
        }

        return values;
    }
}
