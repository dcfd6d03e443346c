using FitSaaS.TenantManagement;

namespace FitSaaS.Domain.Tests.Framework;

public sealed class TenantDomainTests
{
    [Theory]
    [InlineData("book.zen-yoga.com", true)]
    [InlineData("a.b", true)]
    [InlineData("xn--bcher-kva.example", true)]
    [InlineData("localhost", false)]
    [InlineData("10.0.0.1", false)]
    [InlineData("-bad.example.com", false)]
    [InlineData("bad-.example.com", false)]
    [InlineData("under_score.example.com", false)]
    [InlineData("two..dots.com", false)]
    [InlineData("x.example.com:8080", false)]
    [InlineData("", false)]
    public void IsValidHostName_FollowsRfc1123(string hostName, bool valid) =>
        TenantDomain.IsValidHostName(TenantDomain.Normalize(hostName)).ShouldBe(valid);

    [Fact]
    public void IsValidHostName_RejectsLabelsOver63AndNamesOver253Characters()
    {
        TenantDomain.IsValidHostName(new string('a', 64) + ".com").ShouldBeFalse();
        TenantDomain.IsValidHostName(string.Join('.', Enumerable.Repeat(new string('a', 63), 4)) + ".com").ShouldBeFalse();
        TenantDomain.IsValidHostName(new string('a', 63) + ".com").ShouldBeTrue();
    }

    [Fact]
    public void Normalize_LowerCasesTrimsAndDropsTheTrailingDot() =>
        TenantDomain.Normalize("  Book.Example.COM. ").ShouldBe("book.example.com");

    [Fact]
    public void MarkDeleting_ReleasesDomainsAndRaisesEvents()
    {
        var tenant = new Tenant(Guid.NewGuid(), "gym");
        tenant.AddDomain(Guid.NewGuid(), "a.example.com");
        tenant.AddDomain(Guid.NewGuid(), "b.example.com");
        tenant.ClearLocalEvents();

        tenant.MarkDeleting();

        tenant.Domains.ShouldBeEmpty();
        tenant.GetLocalEvents().OfType<TenantDomainChangedEvent>().Select(e => e.HostName).ShouldBe(["a.example.com", "b.example.com"], ignoreOrder: true);
        tenant.GetLocalEvents().OfType<TenantChangedEvent>().ShouldHaveSingleItem();
    }
}
