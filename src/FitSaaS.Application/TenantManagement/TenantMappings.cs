namespace FitSaaS.TenantManagement;

internal static class TenantMappings
{
    public static TenantDto ToDto(this Tenant tenant) => new()
    {
        Id = tenant.Id,
        Name = tenant.Name,
        IsActive = tenant.IsActive,
        HasOwnDatabase = tenant.HasOwnDatabase,
        Domains = tenant.Domains.Select(d => d.HostName).Order(StringComparer.Ordinal).ToList(),
        CreationTime = tenant.CreationTime,
        ConcurrencyStamp = tenant.ConcurrencyStamp,
        EditionId = tenant.EditionId,
        EditionEndDateUtc = tenant.EditionEndDateUtc,
    };
}
