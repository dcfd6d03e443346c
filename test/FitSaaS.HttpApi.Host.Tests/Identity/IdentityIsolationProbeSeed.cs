using FitSaaS.HttpApi.Host.Tests.Isolation;
using FitSaaS.Testing;
using static FitSaaS.HttpApi.Host.Tests.Isolation.IsolationProbeSeedContext;

namespace FitSaaS.HttpApi.Host.Tests.Identity;

/// <summary>Identity's probe data: a staff user, a custom role, the built-in roles and a machine client in B; a user, role and client of the host.</summary>
public sealed class IdentityIsolationProbeSeed : IIsolationProbeSeed
{
    /// <summary>The label of B's staff user (a coach) in the targets; other modules' seeds find its id by it.</summary>
    public const string CoachLabel = "B's coach user";

    public string RoutePrefix => "/api/identity/";

    public int Order => 10;

    public async Task SeedAsync(IsolationProbeSeedContext context, CancellationToken cancellationToken)
    {
        var (adminB, host, marker, targets, ct) = (context.VictimAdmin, context.HostAdmin, context.Marker, context.Targets, cancellationToken);
        var coach = await PostAsync(adminB, "/api/identity/users",
            new { userName = $"coach-{marker}", email = $"coach@{marker}.test", password = TestUsers.Password, roleNames = new[] { "staff" } }, ct);
        targets.AddId("users", coach.GetProperty("id").GetGuid(), CoachLabel);
        targets.AddKey("users", $"coach-{marker}", "B's coach user name");
        targets.AddSecret($"coach@{marker}.test", "B's coach e-mail");

        var role = await PostAsync(adminB, "/api/identity/roles", new { name = $"role-{marker}" }, ct);
        targets.AddId("roles", role.GetProperty("id").GetGuid(), "B's custom role");
        targets.AddKey("roles", $"role-{marker}", "B's custom role name");

        var roles = await GetAsync(adminB, "/api/identity/roles?maxResultCount=1000", ct);
        foreach (var builtIn in roles.GetProperty("items").EnumerateArray().Where(r => r.GetProperty("isBuiltIn").GetBoolean()))
        {
            targets.AddId("roles", builtIn.GetProperty("id").GetGuid(), $"B's built-in role {builtIn.GetProperty("name").GetString()}");
            targets.AddKey("roles", builtIn.GetProperty("name").GetString()!, "a built-in role name", secret: false);
        }

        var client = await PostAsync(adminB, "/api/identity/clients", new { clientId = $"sync-{marker}", displayName = $"Door sync {marker}" }, ct);
        targets.AddId("clients", client.GetProperty("client").GetProperty("id").GetGuid(), "B's machine client");
        targets.AddKey("clients", $"sync-{marker}", "B's client_id");
        targets.AddSecret(client.GetProperty("clientSecret").GetString()!, "B's client secret");

        var (memberId, member) = await context.Fixture.RegisterMemberAsync(context.Victim.Name, $"member-{marker}");
        member.Dispose();
        targets.AddId("users", memberId, "B's member");
        targets.AddKey("users", $"member-{marker}", "B's member user name");

        // Host data: a tenant must not reach it either.
        var hostUser = await PostAsync(host, "/api/identity/users",
            new { userName = $"ops-{marker}", email = $"ops@{marker}.host.test", password = TestUsers.Password }, ct);
        targets.AddId("users", hostUser.GetProperty("id").GetGuid(), "a host user");
        targets.AddSecret($"ops@{marker}.host.test", "a host user's e-mail");
        var hostRole = await PostAsync(host, "/api/identity/roles", new { name = $"ops-role-{marker}" }, ct);
        targets.AddId("roles", hostRole.GetProperty("id").GetGuid(), "a host role");
        var hostClient = await PostAsync(host, "/api/identity/clients", new { clientId = $"ops-{marker}", displayName = $"Ops {marker}" }, ct);
        targets.AddId("clients", hostClient.GetProperty("client").GetProperty("id").GetGuid(), "a host client");
        targets.AddSecret(hostClient.GetProperty("clientSecret").GetString()!, "a host client secret");
        var hostProfile = await GetAsync(host, "/api/account/my-profile", ct);
        targets.AddId("users", hostProfile.GetProperty("id").GetGuid(), "the host admin");
    }
}
