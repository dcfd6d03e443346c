using FitSaaS.Framework.Application;

namespace FitSaaS.Messaging;

/// <summary>The caller's conversations: <c>?skipCount=&amp;maxResultCount=</c>; latest activity first.</summary>
public sealed class GetConversationListInput : PagedResultRequestDto;
