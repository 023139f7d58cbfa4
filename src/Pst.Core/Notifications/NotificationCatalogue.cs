namespace Pst.Core.Notifications;

/// <summary>Every e-mail the modules of this site declare, by key. Two modules declaring one key is a start-up error.</summary>
public sealed class NotificationCatalogue
{
    private readonly Dictionary<string, NotificationDefinition> byKey;

    public NotificationCatalogue(IEnumerable<INotificationDefinitions> sources)
    {
        All = sources.SelectMany(s => s.Notifications).ToList();
        byKey = new Dictionary<string, NotificationDefinition>(StringComparer.Ordinal);
        foreach (var definition in All)
        {
            if (!definition.Defaults.ContainsKey("id"))
            {
                throw new InvalidOperationException($"The e-mail {definition.Key} has no Indonesian default text.");
            }

            if (!byKey.TryAdd(definition.Key, definition))
            {
                throw new InvalidOperationException($"Two modules declare the e-mail {definition.Key}.");
            }
        }
    }

    public IReadOnlyList<NotificationDefinition> All { get; }

    public NotificationDefinition? Find(string key) => byKey.GetValueOrDefault(key);

    public NotificationDefinition Get(string key) =>
        Find(key) ?? throw new InvalidOperationException($"No enabled module declares the e-mail {key}.");
}
