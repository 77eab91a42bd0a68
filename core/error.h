// Errors that name a problem with the caller's input. Every entry point
// (CLI, wasm bindings) turns one into a one-line message; nothing else is
// expected to be thrown by the library.
#ifndef TEXTEXPLORER_ERROR_H_
#define TEXTEXPLORER_ERROR_H_

#include <stdexcept>
#include <string>

namespace tx {

// Bad input: invalid UTF-8, an unknown currency, a malformed rates file...
// what() is one line that names the problem and where it is.
class InputError : public std::runtime_error {
 public:
  explicit InputError(const std::string& message) : std::runtime_error(message) {}
};

}  // namespace tx

#endif  // TEXTEXPLORER_ERROR_H_
