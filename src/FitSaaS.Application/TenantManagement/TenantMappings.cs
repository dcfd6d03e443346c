namespace FitSaaS.TenantManagement;

internal static class TenantMappings
{
    public static TenantDto ToDto(this Tenant tenant) => new()
    {
        Id = tenant.Id,
        Name = tenant.Name,
        IsActive = tenant.IsActive,
        CreationTime = tenant.CreationTime,
        ConcurrencyStamp = tenant.ConcurrencyStamp,
        EditionId = tenant.EditionId,
        EditionEndDateUtc = tenant.EditionEndDateUtc,
    };
}
