using System.Net;
using System.Text;
using System.Text.RegularExpressions;

namespace Portal.Benchmarks.Circuits;

internal enum MirrorNodeKind
{
    Element,
    Text,
    Markup,
    Container,
}

/// <summary>One logical node, as blazor.web.js keeps them (LogicalElements.ts): elements, texts, markup blocks and component containers.</summary>
internal sealed class MirrorNode(MirrorNodeKind kind, string? name)
{
    private List<MirrorNode>? _children;

    public MirrorNodeKind Kind { get; } = kind;

    /// <summary>The element's tag name.</summary>
    public string? Name { get; } = name;

    /// <summary>A text node's text, or a markup block's text without its tags.</summary>
    public string? Text { get; set; }

    public MirrorNode? Parent { get; set; }

    public List<MirrorNode> Children => _children ??= [];

    public bool HasChildren => _children is { Count: > 0 };

    public Dictionary<string, string?>? Attributes { get; set; }

    /// <summary>Event name (without "on") to event handler id.</summary>
    public Dictionary<string, ulong>? Events { get; set; }
}

/// <summary>A live event handler found in the mirrored tree.</summary>
internal readonly record struct MirrorHandler(ulong Id, string EventName, string Element, string Label);

/// <summary>
/// Applies render batches to a small logical tree the way BrowserRenderer.ts applies them to the DOM, so a client knows
/// the live event handlers by the visible text of their element, and which text the page shows.
/// </summary>
internal sealed partial class RenderTreeMirror
{
    private static readonly HashSet<string> KeptAttributes = new(StringComparer.OrdinalIgnoreCase)
    {
        "aria-label", "title", "data-testid", "href", "role", "type", "class",
    };

    private readonly Dictionary<int, MirrorNode> _components = [];
    private readonly List<(int ComponentId, MirrorNode Node)> _roots = [];
    private readonly Dictionary<ulong, (MirrorNode Node, string EventName)> _handlers = [];

    public int LiveHandlerCount => _handlers.Count;

    public int ComponentCount => _components.Count;

    /// <summary>JS.AttachComponent: a root component renders into the container of its SSR marker.</summary>
    public void AttachRoot(int componentId)
    {
        var container = new MirrorNode(MirrorNodeKind.Container, null);
        _components[componentId] = container;
        _roots.Add((componentId, container));
    }

    public void Apply(RenderBatchReader batch)
    {
        var count = batch.UpdatedComponentCount;
        for (var i = 0; i < count; i++)
        {
            var diff = batch.Diff(i);
            var componentId = batch.DiffComponentId(diff);
            if (!_components.TryGetValue(componentId, out var container))
            {
                // A root component the server attached without JS.AttachComponent reaching us: keep its content anyway.
                AttachRoot(componentId);
                container = _components[componentId];
            }
            ApplyEdits(batch, diff, container);
        }
        foreach (var id in batch.DisposedComponentIds())
        {
            _components.Remove(id);
            _roots.RemoveAll(r => r.ComponentId == id);
        }
        foreach (var id in batch.DisposedEventHandlerIds())
        {
            if (_handlers.Remove(id, out var handler) && handler.Node.Events is { } events
                && events.TryGetValue(handler.EventName, out var current) && current == id)
                events.Remove(handler.EventName);
        }
    }

    private void ApplyEdits(RenderBatchReader batch, int diff, MirrorNode parent)
    {
        var depth = 0;
        List<(int From, int To)>? permutation = null;
        var editCount = batch.DiffEditCount(diff);
        for (var e = 0; e < editCount; e++)
        {
            var edit = batch.Edit(diff, e);
            var sibling = batch.EditSiblingIndex(edit);
            switch (batch.EditKind(edit))
            {
                case RenderEditKind.PrependFrame:
                    InsertFrame(batch, parent, sibling, batch.EditNewTreeIndex(edit));
                    break;
                case RenderEditKind.RemoveFrame:
                    parent.Children.RemoveAt(sibling);
                    break;
                case RenderEditKind.SetAttribute:
                    ApplyAttribute(batch, Element(parent, sibling), batch.Frame(batch.EditNewTreeIndex(edit)));
                    break;
                case RenderEditKind.RemoveAttribute:
                    {
                        var element = Element(parent, sibling);
                        var name = batch.EditRemovedAttributeName(edit) ?? "";
                        element.Attributes?.Remove(name);
                        if (name.StartsWith("on", StringComparison.Ordinal)) element.Events?.Remove(name[2..]);
                        break;
                    }
                case RenderEditKind.UpdateText:
                    {
                        var node = parent.Children[sibling];
                        if (node.Kind != MirrorNodeKind.Text) throw new InvalidDataException("Cannot set text content on a non-text child.");
                        node.Text = batch.TextContent(batch.Frame(batch.EditNewTreeIndex(edit)));
                        break;
                    }
                case RenderEditKind.UpdateMarkup:
                    parent.Children.RemoveAt(sibling);
                    InsertMarkup(batch, parent, sibling, batch.Frame(batch.EditNewTreeIndex(edit)));
                    break;
                case RenderEditKind.StepIn:
                    parent = parent.Children[sibling];
                    depth++;
                    break;
                case RenderEditKind.StepOut:
                    parent = parent.Parent ?? throw new InvalidDataException("Stepped out of the component's root.");
                    depth--;
                    break;
                case RenderEditKind.PermutationListEntry:
                    (permutation ??= []).Add((sibling, batch.EditNewTreeIndex(edit)));
                    break;
                case RenderEditKind.PermutationListEnd:
                    if (permutation is not null)
                    {
                        var before = parent.Children.ToArray();
                        foreach (var (from, to) in permutation) parent.Children[to] = before[from];
                        permutation = null;
                    }
                    break;
                default:
                    throw new InvalidDataException($"Unknown edit type {(int)batch.EditKind(edit)}.");
            }
        }
        if (depth != 0) throw new InvalidDataException($"A diff ended at depth {depth}.");
    }

    private static MirrorNode Element(MirrorNode parent, int sibling)
    {
        var node = parent.Children[sibling];
        return node.Kind == MirrorNodeKind.Element ? node : throw new InvalidDataException("Attribute edit on a non-element child.");
    }

    /// <summary>Inserts a reference frame and its subtree; returns how many logical children it added to the parent.</summary>
    private int InsertFrame(RenderBatchReader batch, MirrorNode parent, int childIndex, int frameIndex)
    {
        var frame = batch.Frame(frameIndex);
        switch (batch.FrameKind(frame))
        {
            case RenderFrameKind.Element:
                {
                    var element = new MirrorNode(MirrorNodeKind.Element, batch.ElementName(frame));
                    var end = frameIndex + batch.FrameSubtreeLength(frame);
                    var child = frameIndex + 1;
                    for (; child < end && batch.FrameKind(batch.Frame(child)) == RenderFrameKind.Attribute; child++)
                        ApplyAttribute(batch, element, batch.Frame(child));
                    Insert(parent, childIndex, element);
                    InsertFrameRange(batch, element, 0, child, end);
                    return 1;
                }
            case RenderFrameKind.Text:
                Insert(parent, childIndex, new MirrorNode(MirrorNodeKind.Text, null) { Text = batch.TextContent(frame) });
                return 1;
            case RenderFrameKind.Component:
                {
                    var container = new MirrorNode(MirrorNodeKind.Container, null);
                    _components[batch.ComponentId(frame)] = container;
                    Insert(parent, childIndex, container);
                    return 1;
                }
            case RenderFrameKind.Region:
                return InsertFrameRange(batch, parent, childIndex, frameIndex + 1, frameIndex + batch.FrameSubtreeLength(frame));
            case RenderFrameKind.Markup:
                InsertMarkup(batch, parent, childIndex, frame);
                return 1;
            case RenderFrameKind.ElementReferenceCapture:
            case RenderFrameKind.NamedEvent:
                return 0;
            case RenderFrameKind.Attribute:
                throw new InvalidDataException("Attribute frames should only lead element frames.");
            default:
                throw new InvalidDataException($"Unknown frame type {(int)batch.FrameKind(frame)}.");
        }
    }

    private int InsertFrameRange(RenderBatchReader batch, MirrorNode parent, int childIndex, int start, int endExclusive)
    {
        var origin = childIndex;
        for (var index = start; index < endExclusive; index++)
        {
            var frame = batch.Frame(index);
            childIndex += InsertFrame(batch, parent, childIndex, index);
            if (batch.FrameKind(frame) is RenderFrameKind.Element or RenderFrameKind.Component or RenderFrameKind.Region)
                index += batch.FrameSubtreeLength(frame) - 1;
        }
        return childIndex - origin;
    }

    private static void InsertMarkup(RenderBatchReader batch, MirrorNode parent, int childIndex, int frame)
    {
        var markup = batch.TextContent(frame) ?? "";
        Insert(parent, childIndex, new MirrorNode(MirrorNodeKind.Markup, null) { Text = WebUtility.HtmlDecode(Tags().Replace(markup, " ")) });
    }

    private static void Insert(MirrorNode parent, int index, MirrorNode node)
    {
        node.Parent = parent;
        var children = parent.Children;
        if (index >= children.Count) children.Add(node);
        else children.Insert(index, node);
    }

    private void ApplyAttribute(RenderBatchReader batch, MirrorNode element, int frame)
    {
        var name = batch.AttributeName(frame) ?? "";
        var handlerId = batch.AttributeEventHandlerId(frame);
        if (handlerId != 0)
        {
            var eventName = name.StartsWith("on", StringComparison.Ordinal) ? name[2..] : name;
            (element.Events ??= [])[eventName] = handlerId;
            _handlers[handlerId] = (element, eventName);
            return;
        }
        if (KeptAttributes.Contains(name)) (element.Attributes ??= [])[name] = batch.AttributeValue(frame);
    }

    /// <summary>Live handlers of an event in document order, with the visible text (or aria-label/title) of their element.</summary>
    public IEnumerable<MirrorHandler> Handlers(string eventName)
    {
        foreach (var (_, root) in _roots.ToArray())
        {
            foreach (var node in Descendants(root))
            {
                if (node.Events is { } events && events.TryGetValue(eventName, out var id) && _handlers.ContainsKey(id))
                    yield return new MirrorHandler(id, eventName, node.Name ?? "", Label(node));
            }
        }
    }

    /// <summary>The first live handler of the event whose label contains the text, or one of its '|'-separated alternatives (a labelled button when empty).</summary>
    public MirrorHandler? Find(string eventName, string? text)
    {
        var wanted = (text ?? "").Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        foreach (var handler in Handlers(eventName))
        {
            if (wanted.Length == 0
                ? handler.Element == "button" && handler.Label.Length > 0
                : wanted.Any(w => handler.Label.Contains(w, StringComparison.OrdinalIgnoreCase)))
                return handler;
        }
        return null;
    }

    /// <summary>Whether the page shows the text (in a text node or markup block).</summary>
    public bool Shows(string text)
    {
        foreach (var (_, root) in _roots.ToArray())
        {
            foreach (var node in Descendants(root))
            {
                if (node.Text is { } t && t.Contains(text, StringComparison.OrdinalIgnoreCase)) return true;
            }
        }
        return false;
    }

    public static string Label(MirrorNode node)
    {
        var text = new StringBuilder();
        AppendText(node, text);
        var label = Spaces().Replace(text.ToString(), " ").Trim();
        if (label.Length == 0 && node.Attributes is { } attributes)
        {
            label = (attributes.GetValueOrDefault("aria-label") ?? attributes.GetValueOrDefault("title")
                ?? attributes.GetValueOrDefault("data-testid") ?? "").Trim();
        }
        return label.Length > 80 ? label[..80] : label;
    }

    private static void AppendText(MirrorNode node, StringBuilder text)
    {
        if (node.Text is { } t) text.Append(t).Append(' ');
        if (!node.HasChildren) return;
        foreach (var child in node.Children)
        {
            AppendText(child, text);
            if (text.Length > 400) return;
        }
    }

    private static IEnumerable<MirrorNode> Descendants(MirrorNode root)
    {
        var stack = new Stack<MirrorNode>();
        stack.Push(root);
        while (stack.Count > 0)
        {
            var node = stack.Pop();
            yield return node;
            if (!node.HasChildren) continue;
            for (var i = node.Children.Count - 1; i >= 0; i--) stack.Push(node.Children[i]);
        }
    }

    [GeneratedRegex("<[^>]*>")]
    private static partial Regex Tags();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}
