using System.Buffers.Binary;
using System.Text;

namespace Portal.Benchmarks.Circuits;

/// <summary>Frame types of the render tree, as numbered in the wire format (RenderBatch.ts <c>FrameType</c>).</summary>
internal enum RenderFrameKind
{
    Element = 1,
    Text = 2,
    Attribute = 3,
    Component = 4,
    Region = 5,
    ElementReferenceCapture = 6,
    Markup = 8,
    NamedEvent = 10,
}

/// <summary>Edit types of a component diff (RenderBatch.ts <c>EditType</c>).</summary>
internal enum RenderEditKind
{
    PrependFrame = 1,
    RemoveFrame = 2,
    SetAttribute = 3,
    RemoveAttribute = 4,
    UpdateText = 5,
    StepIn = 6,
    StepOut = 7,
    UpdateMarkup = 8,
    PermutationListEntry = 9,
    PermutationListEnd = 10,
}

/// <summary>
/// Reads the out-of-process render batch that <c>JS.RenderBatch</c> carries (RenderBatchWriter on the server,
/// OutOfProcessRenderBatch.ts in the browser). The last five int32s give the positions of: the updated components,
/// the reference frames, the disposed component ids, the disposed event handler ids and the string table.
/// Each updated component is an int32 position of (componentId, edit count, 16-byte edits); frames are 20 bytes
/// (type, then type-specific data); strings are LEB128-length-prefixed UTF-8, indexed by the string table; -1 is null.
/// </summary>
internal sealed class RenderBatchReader
{
    private const int FrameSize = 20;
    private const int EditSize = 16;

    private readonly byte[] _data;
    private readonly int _updatedComponents;
    private readonly int _referenceFrames;
    private readonly int _disposedComponents;
    private readonly int _disposedHandlers;
    private readonly int _stringTable;
    private readonly string?[] _strings;
    private readonly bool[] _stringRead;

    public RenderBatchReader(byte[] data)
    {
        if (data.Length < 20) throw new InvalidDataException($"A render batch of {data.Length} bytes is too short.");
        _data = data;
        var end = data.Length;
        _updatedComponents = Int32(end - 20);
        _referenceFrames = Int32(end - 16);
        _disposedComponents = Int32(end - 12);
        _disposedHandlers = Int32(end - 8);
        _stringTable = Int32(end - 4);
        var stringCount = (end - 20 - _stringTable) / 4;
        if (stringCount < 0 || _stringTable < 0) throw new InvalidDataException("The render batch's string table is out of range.");
        _strings = new string?[stringCount];
        _stringRead = new bool[stringCount];
    }

    public int Length => _data.Length;

    public int UpdatedComponentCount => Int32(_updatedComponents);

    /// <summary>The position of the i-th updated component's diff.</summary>
    public int Diff(int index) => Int32(_updatedComponents + 4 + index * 4);

    public int DiffComponentId(int diff) => Int32(diff);

    public int DiffEditCount(int diff) => Int32(diff + 4);

    public int Edit(int diff, int index) => diff + 8 + index * EditSize;

    public RenderEditKind EditKind(int edit) => (RenderEditKind)Int32(edit);

    public int EditSiblingIndex(int edit) => Int32(edit + 4);

    /// <summary>The reference frame index (prepend, set attribute, update text/markup) or the move target (permutation entry).</summary>
    public int EditNewTreeIndex(int edit) => Int32(edit + 8);

    public string? EditRemovedAttributeName(int edit) => String(Int32(edit + 12));

    public int ReferenceFrameCount => Int32(_referenceFrames);

    public int Frame(int index) => _referenceFrames + 4 + index * FrameSize;

    public RenderFrameKind FrameKind(int frame) => (RenderFrameKind)Int32(frame);

    public int FrameSubtreeLength(int frame) => Int32(frame + 4);

    public string? ElementName(int frame) => String(Int32(frame + 8));

    public int ComponentId(int frame) => Int32(frame + 8);

    public string? TextContent(int frame) => String(Int32(frame + 4));

    public string? AttributeName(int frame) => String(Int32(frame + 4));

    public string? AttributeValue(int frame) => String(Int32(frame + 8));

    public ulong AttributeEventHandlerId(int frame) => BinaryPrimitives.ReadUInt64LittleEndian(_data.AsSpan(frame + 12, 8));

    public IEnumerable<int> DisposedComponentIds()
    {
        var count = Int32(_disposedComponents);
        for (var i = 0; i < count; i++) yield return Int32(_disposedComponents + 4 + i * 4);
    }

    public IEnumerable<ulong> DisposedEventHandlerIds()
    {
        var count = Int32(_disposedHandlers);
        for (var i = 0; i < count; i++)
            yield return BinaryPrimitives.ReadUInt64LittleEndian(_data.AsSpan(_disposedHandlers + 4 + i * 8, 8));
    }

    public int StringCount => _strings.Length;

    public string? String(int index)
    {
        if (index < 0) return null;
        if ((uint)index >= (uint)_strings.Length) throw new InvalidDataException($"String {index} is outside the table of {_strings.Length}.");
        if (_stringRead[index]) return _strings[index];
        var position = Int32(_stringTable + index * 4);
        var length = 0;
        var shift = 0;
        byte b;
        do
        {
            b = _data[position++];
            length |= (b & 0x7F) << shift;
            shift += 7;
        } while ((b & 0x80) != 0);
        var value = Encoding.UTF8.GetString(_data, position, length);
        _strings[index] = value;
        _stringRead[index] = true;
        return value;
    }

    private int Int32(int position) => BinaryPrimitives.ReadInt32LittleEndian(_data.AsSpan(position, 4));
}
