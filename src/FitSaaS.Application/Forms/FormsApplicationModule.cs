using FitSaaS.Framework.Modularity;

namespace FitSaaS.Forms;

/// <summary>The Forms module's application services. Of Identity it reads the user lookup (members, signers, guardians).</summary>
[DependsOn(typeof(FormsDomainModule), typeof(FormsApplicationContractsModule), typeof(Identity.IdentityApplicationContractsModule))]
public sealed class FormsApplicationModule : FitSaaSModule;
