import CoachCLI
import Foundation

exit(SDCoachCommand.main(arguments: Array(CommandLine.arguments.dropFirst())))
