#include "storedrun.h"

#include "allocationrecords.h"
#include "io/resultjson.h"

#include <cstring>
#include <memory>
#include <stdexcept>
#include <string_view>
#include <zstd.h>

namespace td::service {

namespace {

// Zstandard's fast level -1: it compresses a run about 3× (the records are dense already) in
// two thirds of level 1's time (0.15 vs 0.24 s for the 2,000-product run, 13 % more bytes),
// and it keeps the compressor's thread ahead of the writer.
constexpr int CompressionLevel = -1;
// Refuse to inflate a stored run beyond this (a damaged or hostile file is not allowed to
// exhaust memory); a national batch's run is ~15 MB inflated (~50 MB as the JSON of older
// runs), the 2,000-product benchmark's ~80 MB (~400 MB as JSON).
constexpr qsizetype MaxInflatedBytes = qsizetype(1) << 31;

// The inflated form: Magic, the result JSON without allocations, the allocation records
// (allocationrecords.h), the JSON's length as 8 little-endian bytes, EndMagic.
constexpr std::string_view Magic = "TDRUN-3\n";
constexpr std::string_view EndMagic = "TDRUN-3.";
constexpr qsizetype TrailerBytes = 8 + 8;

struct CompressorDeleter
{
    void operator()(ZSTD_CCtx *context) const { ZSTD_freeCCtx(context); }
};
struct DecompressorDeleter
{
    void operator()(ZSTD_DCtx *context) const { ZSTD_freeDCtx(context); }
};

class Compressor
{
public:
    Compressor() : m_context(ZSTD_createCCtx())
    {
        if (!m_context)
            throw std::bad_alloc();
        ZSTD_CCtx_setParameter(m_context.get(), ZSTD_c_compressionLevel, CompressionLevel);
        ZSTD_CCtx_setParameter(m_context.get(), ZSTD_c_checksumFlag, 1);
        // One worker thread compresses while this thread writes JSON. Ignored (and then
        // compressed inline) where libzstd was built without threads.
        ZSTD_CCtx_setParameter(m_context.get(), ZSTD_c_nbWorkers, 1);
    }

    void add(std::string_view chunk, ZSTD_EndDirective mode = ZSTD_e_continue)
    {
        ZSTD_inBuffer in{chunk.data(), chunk.size(), 0};
        for (;;) {
            const size_t room = ZSTD_CStreamOutSize();
            const qsizetype start = m_out.size();
            m_out.resize(start + static_cast<qsizetype>(room));
            ZSTD_outBuffer out{m_out.data() + start, room, 0};
            const size_t left = ZSTD_compressStream2(m_context.get(), &out, &in, mode);
            if (ZSTD_isError(left))
                throw std::runtime_error(ZSTD_getErrorName(left));
            m_out.resize(start + static_cast<qsizetype>(out.pos));
            const bool consumed = in.pos == in.size;
            if (mode == ZSTD_e_end ? left == 0 : consumed)
                return;
        }
    }

    QByteArray finish()
    {
        add({}, ZSTD_e_end);
        return std::move(m_out);
    }

private:
    std::unique_ptr<ZSTD_CCtx, CompressorDeleter> m_context;
    QByteArray m_out;
};

bool isZstdFrame(const QByteArray &bytes)
{
    return bytes.size() >= 4 && static_cast<unsigned char>(bytes[0]) == 0x28 &&
           static_cast<unsigned char>(bytes[1]) == 0xB5 &&
           static_cast<unsigned char>(bytes[2]) == 0x2F &&
           static_cast<unsigned char>(bytes[3]) == 0xFD;
}

} // namespace

QByteArray encodeStoredRun(const model::EvaluationResult &result)
{
    Compressor compressor;
    compressor.add(Magic);
    qint64 jsonBytes = 0;
    const auto addJson = [&](const QByteArray &chunk) {
        jsonBytes += chunk.size();
        compressor.add(std::string_view(chunk.constData(), static_cast<size_t>(chunk.size())));
    };
    // One JSON writer: the compressor's worker thread already takes the second core.
    addJson(io::resultToJson(result, /*withExplanations=*/true, /*indented=*/false, addJson,
                             /*parallel=*/false, /*storedRunBody=*/true));
    writeAllocationRecords(result, [&](std::string_view bytes) { compressor.add(bytes); });
    char trailer[TrailerBytes];
    for (int i = 0; i < 8; ++i)
        trailer[i] = static_cast<char>(static_cast<quint64>(jsonBytes) >> (8 * i));
    std::memcpy(trailer + 8, EndMagic.data(), 8);
    compressor.add(std::string_view(trailer, sizeof trailer));
    return compressor.finish();
}

namespace {

// The zstd frame's content; none when damaged, truncated or too big.
std::optional<QByteArray> inflate(const QByteArray &stored)
{
    std::unique_ptr<ZSTD_DCtx, DecompressorDeleter> context(ZSTD_createDCtx());
    if (!context)
        return std::nullopt;
    QByteArray inflated;
    const unsigned long long declared =
        ZSTD_getFrameContentSize(stored.constData(), static_cast<size_t>(stored.size()));
    if (declared != ZSTD_CONTENTSIZE_UNKNOWN && declared != ZSTD_CONTENTSIZE_ERROR &&
        declared < quint64(MaxInflatedBytes))
        inflated.reserve(static_cast<qsizetype>(declared));
    ZSTD_inBuffer in{stored.constData(), static_cast<size_t>(stored.size()), 0};
    size_t left = 1;
    while (in.pos < in.size || left != 0) {
        const size_t room = ZSTD_DStreamOutSize();
        const qsizetype start = inflated.size();
        if (start + qsizetype(room) > MaxInflatedBytes)
            return std::nullopt;
        inflated.resize(start + static_cast<qsizetype>(room));
        ZSTD_outBuffer out{inflated.data() + start, room, 0};
        const size_t before = in.pos;
        left = ZSTD_decompressStream(context.get(), &out, &in);
        if (ZSTD_isError(left))
            return std::nullopt;
        inflated.resize(start + static_cast<qsizetype>(out.pos));
        if (in.pos == before && out.pos == 0)
            return std::nullopt; // truncated: no progress and more expected
    }
    return inflated;
}

// Result JSON and allocation records of an inflated run; none unless it has the current form.
std::optional<model::EvaluationResult> decodeRecords(const QByteArray &inflated)
{
    const std::string_view bytes(inflated.constData(), static_cast<size_t>(inflated.size()));
    if (bytes.size() < Magic.size() + TrailerBytes || !bytes.starts_with(Magic) ||
        !bytes.ends_with(EndMagic))
        return std::nullopt;
    const char *trailer = bytes.data() + bytes.size() - TrailerBytes;
    quint64 jsonBytes = 0;
    for (int i = 0; i < 8; ++i)
        jsonBytes |= quint64(static_cast<unsigned char>(trailer[i])) << (8 * i);
    const size_t body = bytes.size() - Magic.size() - TrailerBytes;
    if (jsonBytes > body)
        return std::nullopt;
    const char *json = bytes.data() + Magic.size();
    std::optional<model::EvaluationResult> result =
        io::resultFromJson(QByteArray::fromRawData(json, static_cast<qsizetype>(jsonBytes)));
    if (!result)
        return std::nullopt;
    const std::string_view records(json + jsonBytes, body - jsonBytes);
    if (!readAllocationRecords(records, *result))
        return std::nullopt;
    return result;
}

// What a stored run holds once decompressed: plain JSON (runs of session 1) as stored, else the
// zstd frame's content, which is compressed JSON (session 2) or the current form; none when
// damaged or foreign.
std::optional<QByteArray> contentOf(const QByteArray &stored)
{
    if (stored.startsWith('{'))
        return stored;
    if (!isZstdFrame(stored))
        return std::nullopt;
    return inflate(stored);
}

} // namespace

std::optional<QByteArray> storedRunJson(const QByteArray &stored)
{
    const std::optional<QByteArray> content = contentOf(stored);
    if (!content || content->startsWith('{'))
        return content;
    const auto result = decodeRecords(*content);
    if (!result)
        return std::nullopt;
    return io::resultToJson(*result, /*withExplanations=*/true, /*indented=*/false);
}

std::optional<model::EvaluationResult> decodeStoredRun(const QByteArray &stored)
{
    const std::optional<QByteArray> content = contentOf(stored);
    if (!content)
        return std::nullopt;
    if (content->startsWith('{'))
        return io::resultFromJson(*content);
    return decodeRecords(*content);
}

} // namespace td::service
