namespace FitSaaS.Testing;

/// <summary>A tenant created for a test, with its seeded <c>admin</c> user.</summary>
/// <param name="Id">Tenant id.</param>
/// <param name="Name">Tenant name.</param>
/// <param name="AdminUserId">Id of the tenant's <c>admin</c> user (password <see cref="TestUsers.Password"/>).</param>
public sealed record TestTenant(Guid Id, string Name, Guid AdminUserId);

/// <summary>Well-known test credentials.</summary>
public static class TestUsers
{
    /// <summary>Password of every user the fixtures create, and of the seeded host admin.</summary>
    public const string Password = "1q2w3E*";
}
