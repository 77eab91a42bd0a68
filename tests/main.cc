// The unit tests' main: doctest's, built natively and for wasm (Node).
#define DOCTEST_CONFIG_IMPLEMENT_WITH_MAIN
#include <doctest/doctest.h>
