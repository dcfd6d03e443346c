namespace FitSaaS.Forms;

/// <summary>What a member consents to; each purpose is granted and withdrawn on its own, separate from any terms.</summary>
public enum ConsentPurpose
{
    /// <summary>Processing of health data (GDPR Art. 9(2)(a)): health declarations and injury notes.</summary>
    HealthData = 0,

    /// <summary>Marketing messages.</summary>
    Marketing = 1,

    /// <summary>Photos and videos of the member in the gym's channels.</summary>
    Photos = 2,
}
