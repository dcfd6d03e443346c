using FitSaaS.Framework.MultiTenancy;

namespace FitSaaS.Framework.EntityFrameworkCore.RowLevelSecurity;

/// <summary>A table of <see cref="IMultiTenant"/> entities, as the row-level-security policies see it.</summary>
/// <param name="Schema">Schema, or null for the default (<c>public</c>).</param>
/// <param name="Name">Table name.</param>
/// <param name="TenantIdColumn">Column holding <c>TenantId</c>.</param>
/// <param name="SharedHostRows">True when an entity mapped to it is marked <see cref="SharedHostRowsAttribute"/>.</param>
public sealed record TenantTable(string? Schema, string Name, string TenantIdColumn, bool SharedHostRows);
