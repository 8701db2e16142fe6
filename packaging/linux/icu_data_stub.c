/* A stand-in for ICU's data library (libicudata.so.NN, 31 MiB): an empty data package in
 * the layout of ICU's own source/stubdata/stubdata.cpp. Qt Core links ICU, but BiliDrop uses
 * nothing that reads ICU's data (collation, legacy text codecs, ICU time zone names); with
 * this stub ICU answers such requests with U_MISSING_RESOURCE_ERROR instead of data.
 * Built by packaging/slim_linux.py with ICU_DATA_SYMBOL set to the version's entry point
 * (icudt73_dat for ICU 73). */
#include <stdint.h>

struct data_header {
    uint16_t header_size;
    uint8_t magic1, magic2;
    struct {
        uint16_t size, reserved;
        uint8_t is_big_endian, charset_family, sizeof_uchar, reserved_byte;
        uint8_t data_format[4], format_version[4], data_version[4];
    } info;
    char padding[8];
    uint32_t count, reserved;
    struct { uint32_t name_offset, data_offset; } toc[1];
};

__attribute__((visibility("default"))) const struct data_header ICU_DATA_SYMBOL = {
    32, 0xda, 0x27,
    {20, 0, 0 /* little-endian */, 0 /* ASCII family */, 2, 0,
     {0x54, 0x6f, 0x43, 0x50} /* "ToCP" */, {1, 0, 0, 0}, {0, 0, 0, 0}},
    {0}, 0, 0, {{0, 0}},
};
